// The performance budgets of DESIGN.md ("Performance budgets"), in one place so the
// bench, the size check and the report agree on the numbers.

/** 1 KB = 1024 bytes of gzip output (zlib level 9). */
export const KB = 1024;

/** The drop-in script, as built (the bench's pages load it). */
export const IIFE_FILE = 'streamspace-enterprise-ws.iife.js';

export interface SizeBudget {
  /** A subpath of package.json `exports` (`*` allowed); its `import` (else `default`) file is measured. */
  entry?: string;
  /** Or a file of dist/ that no export names (`*` allowed): the translations' drop-in scripts. */
  file?: string;
  label: string;
  /** Gzip bytes at most; null: reported, no budget. */
  maxGzipBytes: number | null;
  /** The entry must not import Lit. */
  noLit: boolean;
  /** Measured without the files this other entry loads anyway (React's entry "without the elements"). */
  without?: string;
}

/**
 * DESIGN.md "Performance budgets", as a table the size check, the bench and its report share.
 * Each entry is measured with every file it imports (ES chunks), each gzipped, summed. An entry
 * package.json does not export (yet) is listed as absent, not failed: add the export and its
 * budget applies.
 */
export const SIZE_BUDGETS: readonly SizeBudget[] = [
  // DESIGN.md's budgets, except where gaps and catch-up (#20) and the one-product work (#16:
  // notices, keyboard paths, toasts as a view of the history) took more, less a size pass (docs/DEVIATIONS.md):
  // IIFE 36 KB, ./connection 7.5 KB, a translation 2 KB.
  { entry: './iife', label: 'drop-in IIFE (Lit and every element)', maxGzipBytes: 38.4 * KB, noLit: false },
  { entry: './connection', label: '`./connection` (no Lit)', maxGzipBytes: 8.5 * KB, noLit: true },
  { entry: './react', label: '`./react` (without React and the elements)', maxGzipBytes: 2.5 * KB, noLit: false, without: '.' },
  { entry: './translations/*', label: 'translation', maxGzipBytes: 2.2 * KB, noLit: true, without: '.' },
  { file: 'translations/*.js', label: 'translation drop-in script', maxGzipBytes: 2.2 * KB, noLit: true },
  { entry: '.', label: 'ES module (Lit external)', maxGzipBytes: null, noLit: false },
];

/** Element (toasts off) time / raw WebSocket page time, same run. */
export const MAX_THROUGHPUT_RATIO = 1.3;

/** Element with every message a toast (and, with a center, an entry) / raw page time, same run. */
export const MAX_TOAST_THROUGHPUT_RATIO = 1.5;

/** Notification center: history entries before the panel opens, and entry nodes the DOM may hold. */
export const CENTER_ENTRIES = 500;
export const MAX_CENTER_ENTRY_NODES = 50;

/** Burst: no main-thread task longer than this (ms). */
export const MAX_LONG_TASK_MS = 50;

/** Tabs: each follower's time / the leader's. */
export const MAX_FOLLOWER_RATIO = 1.3;

/** Tabs: leader tab closed → next socket open (ms), in every engine the bench drives (Chromium, Firefox). */
export const MAX_FAILOVER_MS = 200;

/** Lifecycle: JS heap after GC within this many bytes of the start. */
export const MAX_HEAP_GROWTH_BYTES = 1024 * 1024;
