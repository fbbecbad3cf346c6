import { mkdtempSync } from 'node:fs';
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
