import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB, SIZE_BUDGETS, type SizeBudget } from './budgets.js';

export interface SizeResult {
  /** The entry's file in dist/, or '' when package.json does not export the entry. */
  file: string;
  label: string;
  /** The entry and every chunk it imports (less those of `without`). */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  maxGzipBytes: number | null;
  /** Within budget, and Lit-free where it must be (an absent entry is ok). */
  ok: boolean;
  importsLit: boolean;
  /** Not exported by package.json: nothing to measure yet. */
  absent: boolean;
  /** An export of package.json that no budget covers (a failure: add its row to SIZE_BUDGETS). */
  unbudgeted?: boolean;
}

const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*\bfrom\s*)?["']([^"']+)["']/g;

/** `file` and the relative ES imports it reaches, in order; bare specifiers are returned apart. */
function importClosure(distDir: string, file: string): { files: string[]; bare: Map<string, string[]> } {
  const files: string[] = [];
  /** Each file's bare imports. */
  const bare = new Map<string, string[]>();
  const visit = (name: string) => {
    if (files.includes(name)) return;
    files.push(name);
    const source = readFileSync(join(distDir, name), 'utf8');
    for (const [, specifier] of source.matchAll(IMPORT)) {
      if (specifier!.startsWith('.')) visit(join(dirname(name), specifier!));
      else bare.set(name, [...(bare.get(name) ?? []), specifier!]);
    }
  };
  visit(file);
  return { files, bare };
}

export class MissingBuildError extends Error {
  constructor(readonly missing: string[]) {
    super(`dist/ is missing ${missing.join(', ')}: run npm run build first`);
  }
}

type Exports = Record<string, string | { import?: string; default?: string }>;

/** The `exports` of the package.json in `packageDir`. */
export function packageExports(packageDir: string): Exports {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).exports ?? {};
}

const targetOf = (target: Exports[string] | undefined): string | undefined =>
  typeof target === 'string' ? target : (target?.import ?? target?.default);

/** What `*` in `pattern` stands for in `text`, or null when `text` does not match (no `*`: equal, ''). */
function starOf(pattern: string, text: string): string | null {
  if (!pattern.includes('*')) return pattern === text ? '' : null;
  const [before, after] = pattern.split('*') as [string, string];
  const fits = text.length > before.length + after.length && text.startsWith(before) && text.endsWith(after);
  return fits ? text.slice(before.length, text.length - after.length) : null;
}

/** The scripts package.json exports from dist/ (the types, the manifest and package.json are not measured). */
const measured = (exports: Exports) => Object.keys(exports).filter((key) => /^(\.\/)?dist\/.*\.js$/.test(targetOf(exports[key]) ?? ''));

/**
 * The dist/ files of one budget's `exports` subpath: every export it matches (`*` matches each
 * `./translations/de`, or a `./translations/*` export matches each file built for it), each with
 * what its `*` stands for. Null when package.json exports none.
 */
function entryFiles(distDir: string, exports: Exports, entry: string): { file: string; name: string }[] | null {
  const found = measured(exports).flatMap((key) => {
    const name = starOf(entry, key);
    if (name === null) return [];
    const file = posix.normalize(targetOf(exports[key])!).replace(/^dist\//, '');
    if (!file.includes('*')) return [{ file, name }];
    const built = distFiles(distDir, file);
    // Exported, none built: reported as missing from dist/.
    return built.length ? built : [{ file, name }];
  });
  return found.length ? found.sort((a, b) => a.name.localeCompare(b.name)) : null;
}

/** The dist/ files `file` names (several for a `*` pattern, each with what its `*` stands for; none when none is built). */
function distFiles(distDir: string, file: string): { file: string; name: string }[] {
  if (!file.includes('*')) return [{ file, name: '' }];
  const slash = file.lastIndexOf('/');
  const dir = slash < 0 ? '.' : file.slice(0, slash);
  const names = existsSync(join(distDir, dir)) ? readdirSync(join(distDir, dir)).sort() : [];
  return names.flatMap((base) => {
    const star = starOf(file.slice(slash + 1), base);
    return star === null ? [] : [{ file: posix.join(dir, base), name: star }];
  });
}

/** The files the budgets measure: the entries package.json exports; throws MissingBuildError when one is not built. */
export function builtEntries(distDir: string, exports = packageExports(join(distDir, '..'))): { budget: SizeBudget; file: string | null; name: string }[] {
  const entries = SIZE_BUDGETS.flatMap((budget) => {
    const files = budget.file ? distFiles(distDir, budget.file) : entryFiles(distDir, exports, budget.entry!);
    return files ? files.map(({ file, name }) => ({ budget, file: file as string | null, name })) : [{ budget, file: null, name: '' }];
  });
  const missing = entries.flatMap(({ file }) => (file && !existsSync(join(distDir, file)) ? [file] : []));
  if (missing.length) throw new MissingBuildError(missing);
  return entries;
}

/** Exports of scripts that no budget covers. */
export function unbudgetedExports(exports: Exports): string[] {
  return measured(exports).filter((key) => !SIZE_BUDGETS.some((budget) => budget.entry !== undefined && starOf(budget.entry, key) !== null));
}

/** Gzip (level 9) sizes of the built entries against their budgets (SIZE_BUDGETS: DESIGN.md's). */
export function measureSizes(distDir: string, exports = packageExports(join(distDir, '..'))): SizeResult[] {
  const entries = builtEntries(distDir, exports);
  const measuredResults = entries.map(({ budget, file, name }): SizeResult => {
    const { label: base, maxGzipBytes, noLit, without } = budget;
    const label = name ? `${base} \`${name}\`` : base;
    if (!file) return { file: '', label, files: [], rawBytes: 0, gzipBytes: 0, maxGzipBytes, ok: true, importsLit: false, absent: true };
    const loaded = without ? (entryFiles(distDir, exports, without) ?? []).flatMap((other) => importClosure(distDir, other.file).files) : [];
    const closure = importClosure(distDir, file);
    const files = closure.files.filter((f) => f === file || !loaded.includes(f));
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const f of files) {
      const source = readFileSync(join(distDir, f));
      rawBytes += source.length;
      gzipBytes += gzipSync(source, { level: 9 }).length;
    }
    const importsLit = files.some((f) => (closure.bare.get(f) ?? []).some((specifier) => /^(lit|@lit\/)/.test(specifier)));
    const ok = (maxGzipBytes === null || gzipBytes <= maxGzipBytes) && !(noLit && importsLit);
    return { file, label, files, rawBytes, gzipBytes, maxGzipBytes, ok, importsLit, absent: false };
  });
  const unbudgeted = unbudgetedExports(exports).map(
    (key): SizeResult => ({ file: '', label: `\`${key}\``, files: [], rawBytes: 0, gzipBytes: 0, maxGzipBytes: null, ok: false, importsLit: false, absent: false, unbudgeted: true }),
  );
  return [...measuredResults, ...unbudgeted];
}

export const formatKB = (bytes: number): string => `${(bytes / KB).toFixed(2)} KB`;

export function sizeTable(results: SizeResult[]): string {
  const rows = results.map((r) =>
    r.unbudgeted
      ? `| ${r.label} | exported, no budget | — | — | — | **NO BUDGET** |`
      : r.absent
      ? `| ${r.label} | not exported yet | — | — | ${r.maxGzipBytes === null ? '—' : formatKB(r.maxGzipBytes)} | absent |`
      : `| ${r.label} | ${r.files.map((f) => `\`dist/${f}\``).join(' + ')} | ${formatKB(r.rawBytes)} | ${formatKB(r.gzipBytes)} | ${r.maxGzipBytes === null ? '—' : formatKB(r.maxGzipBytes)} | ${r.ok ? 'ok' : r.maxGzipBytes !== null && r.gzipBytes > r.maxGzipBytes ? '**OVER**' : '**IMPORTS LIT**'} |`,
  );
  return ['| bundle | file | raw | gzip | budget | |', '|---|---|---:|---:|---:|---|', ...rows].join('\n');
}

/** One line per broken budget, e.g. "`./connection` (no Lit): 7.80 KB gzip > 7.50 KB budget (+307 bytes)". */
export function sizeFailures(results: SizeResult[]): string[] {
  return results
    .filter((r) => !r.ok)
    .map((r) =>
      r.unbudgeted
        ? `${r.label}: exported by package.json with no size budget (add it to SIZE_BUDGETS in bench/lib/budgets.ts)`
        : r.maxGzipBytes !== null && r.gzipBytes > r.maxGzipBytes
        ? `${r.label}: ${formatKB(r.gzipBytes)} gzip > ${formatKB(r.maxGzipBytes)} budget (+${r.gzipBytes - r.maxGzipBytes} bytes)`
        : `${r.label}: imports Lit`,
    );
}
