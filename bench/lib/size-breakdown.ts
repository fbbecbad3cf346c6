import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

export interface ModuleSize {
  /** Path relative to the repo root, or the helper package's name. */
  module: string;
  /** Bytes the module contributes to the bundle before minification. */
  renderedBytes: number;
  /** Its rendered code gzipped alone: a rough share, as gzip works across module borders. */
  gzipBytes: number;
}

/**
 * Where the bytes of a bundle come from: the project's vite config in `mode` (`es` or
 * `iife`), built in memory, per module. For deciding what to cut when over budget.
 */
export async function moduleSizes(root: string, mode: 'es' | 'iife'): Promise<ModuleSize[]> {
  const output = await build({ root, mode, logLevel: 'silent', build: { write: false } });
  const bundles = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  // The ES build has two entries and a shared chunk: every module of every chunk, once.
  const modules = new Map<string, Rolldown.RenderedModule>();
  for (const item of bundles.flatMap((bundle) => bundle.output)) {
    if (item.type === 'chunk') for (const [id, rendered] of Object.entries(item.modules)) modules.set(id, rendered);
  }
  return [...modules]
    .map(([id, rendered]) => ({
      module: id.startsWith(root) ? id.slice(root.length).replace(/^\//, '') : id.replace(/^.*node_modules\//, '').replace(/^\0/, ''),
      renderedBytes: rendered.renderedLength,
      gzipBytes: rendered.code ? gzipSync(rendered.code, { level: 9 }).length : 0,
    }))
    .filter((entry) => entry.renderedBytes > 0)
    .sort((a, b) => b.renderedBytes - a.renderedBytes);
}

export function moduleTable(rows: ModuleSize[], top = 25): string {
  return [
    '| module | rendered | gzip alone |',
    '|---|---:|---:|',
    ...rows.slice(0, top).map((row) => `| \`${row.module}\` | ${row.renderedBytes} B | ${row.gzipBytes} B |`),
  ].join('\n');
}
