import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The drop-in IIFE again, unminified, in a temp dir: profiles then name the product's
 * functions and lines instead of the minifier's one-letter names.
 */
export async function buildReadableIife(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'streamspace-bench-profile-'));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2021',
      minify: false,
      lib: {
        entry: join(root, 'src/index.ts'),
        name: 'StreamSpaceEnterpriseWs',
        formats: ['iife'],
        fileName: () => 'streamspace-enterprise-ws.iife.js',
      },
    },
  });
  return outDir;
}
