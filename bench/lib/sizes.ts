import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB, SIZE_BUDGETS } from './budgets.js';

export interface SizeResult {
  file: string;
  label: string;
  /** The entry and every chunk it imports. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  maxGzipBytes: number | null;
  /** Within budget, and Lit-free where it must be. */
  ok: boolean;
  importsLit: boolean;
}

const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*\bfrom\s*)?["']([^"']+)["']/g;

/** `file` and the relative ES imports it reaches, in order; bare specifiers are returned apart. */
function importClosure(distDir: string, file: string): { files: string[]; bare: string[] } {
  const files: string[] = [];
  const bare = new Set<string>();
  const visit = (name: string) => {
    if (files.includes(name)) return;
    files.push(name);
    const source = readFileSync(join(distDir, name), 'utf8');
    for (const [, specifier] of source.matchAll(IMPORT)) {
      if (specifier.startsWith('.')) visit(join(dirname(name), specifier));
      else bare.add(specifier);
    }
  };
  visit(file);
  return { files, bare: [...bare] };
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
  return SIZE_BUDGETS.map(({ file, label, maxGzipBytes, noLit }) => {
    const { files, bare } = importClosure(distDir, file);
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const name of files) {
      const source = readFileSync(join(distDir, name));
      rawBytes += source.length;
      gzipBytes += gzipSync(source, { level: 9 }).length;
    }
    const importsLit = bare.some((specifier) => /^(lit|@lit\/)/.test(specifier));
    const ok = (maxGzipBytes === null || gzipBytes <= maxGzipBytes) && !(noLit && importsLit);
    return { file, label, files, rawBytes, gzipBytes, maxGzipBytes, ok, importsLit };
  });
}

export const formatKB = (bytes: number): string => `${(bytes / KB).toFixed(2)} KB`;

export function sizeTable(results: SizeResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.label} | ${r.files.map((f) => `\`dist/${f}\``).join(' + ')} | ${formatKB(r.rawBytes)} | ${formatKB(r.gzipBytes)} | ${r.maxGzipBytes === null ? '—' : formatKB(r.maxGzipBytes)} | ${r.ok ? 'ok' : r.importsLit ? '**IMPORTS LIT**' : '**OVER**'} |`,
  );
  return ['| bundle | file | raw | gzip | budget | |', '|---|---|---:|---:|---:|---|', ...rows].join('\n');
}

/** One line per broken budget, e.g. "IIFE (Lit included): 13.10 KB gzip > 12.00 KB". */
export function sizeFailures(results: SizeResult[]): string[] {
  return results
    .filter((r) => !r.ok)
    .map((r) =>
      r.maxGzipBytes !== null && r.gzipBytes > r.maxGzipBytes
        ? `${r.label}: ${formatKB(r.gzipBytes)} gzip > ${formatKB(r.maxGzipBytes)} budget (+${r.gzipBytes - r.maxGzipBytes} bytes)`
        : `${r.label}: imports Lit`,
    );
}
