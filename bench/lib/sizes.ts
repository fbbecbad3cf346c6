import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB, SIZE_BUDGETS } from './budgets.js';

export interface SizeResult {
  file: string;
  label: string;
  rawBytes: number;
  gzipBytes: number;
  maxGzipBytes: number;
  ok: boolean;
}

export class MissingBuildError extends Error {
  constructor(readonly missing: string[]) {
    super(`dist/ is missing ${missing.join(', ')}: run npm run build first`);
  }
}

/** Gzip (level 9) sizes of the built bundles against their budgets. */
export function measureSizes(distDir: string): SizeResult[] {
  const missing = SIZE_BUDGETS.map((b) => b.file).filter((file) => !existsSync(join(distDir, file)));
  if (missing.length) throw new MissingBuildError(missing);
  return SIZE_BUDGETS.map(({ file, label, maxGzipBytes }) => {
    const source = readFileSync(join(distDir, file));
    const gzipBytes = gzipSync(source, { level: 9 }).length;
    return { file, label, rawBytes: source.length, gzipBytes, maxGzipBytes, ok: gzipBytes <= maxGzipBytes };
  });
}

export const formatKB = (bytes: number): string => `${(bytes / KB).toFixed(2)} KB`;

export function sizeTable(results: SizeResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.label} | \`dist/${r.file}\` | ${formatKB(r.rawBytes)} | ${formatKB(r.gzipBytes)} | ${formatKB(r.maxGzipBytes)} | ${r.ok ? 'ok' : '**OVER**'} |`,
  );
  return ['| bundle | file | raw | gzip | budget | |', '|---|---|---:|---:|---:|---|', ...rows].join('\n');
}

/** One line per broken budget, e.g. "IIFE (Lit included): 13.10 KB gzip > 12.00 KB". */
export function sizeFailures(results: SizeResult[]): string[] {
  return results
    .filter((r) => !r.ok)
    .map((r) => `${r.label}: ${formatKB(r.gzipBytes)} gzip > ${formatKB(r.maxGzipBytes)} budget (+${r.gzipBytes - r.maxGzipBytes} bytes)`);
}
