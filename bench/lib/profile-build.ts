import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The drop-in IIFE built again with the project's vite config but unminified, into a
 * temp dir: profiles then name the product's functions instead of one-letter names.
 */
export async function buildReadableIife(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'streamspace-bench-profile-'));
  await build({ root, mode: 'iife', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
  return outDir;
}

/**
 * Maps a line of the unminified bundle to the source module it came from, using the
 * `// src/...` banners the bundler writes before each module.
 */
export function moduleOfLine(bundleFile: string): (line: number) => string | undefined {
  const banners: { line: number; module: string }[] = [];
  readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const match = /^\s*\/\/ ((?:src|node_modules)\/\S+\.[jt]s)$/.exec(text);
      if (match) banners.push({ line: index + 1, module: match[1]! });
    });
  return (line) => {
    let module: string | undefined;
    for (const banner of banners) {
      if (banner.line > line) break;
      module = banner.module;
    }
    return module;
  };
}
