import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IIFE_FILE } from './budgets.js';

/**
 * Copies the built bundles to a temp dir, so a rebuild during the run (tests build
 * first) cannot swap or remove the code under measurement halfway through.
 * Null when dist/ has not been built.
 */
export function snapshotDist(distDir: string): { dir: string; remove(): void } | null {
  if (!existsSync(join(distDir, IIFE_FILE))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'streamspace-bench-dist-'));
  // Every script, chunks included (an entry imports them); the type declarations are not needed.
  cpSync(distDir, dir, { recursive: true, filter: (source) => !source.startsWith(join(distDir, 'types')) });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
