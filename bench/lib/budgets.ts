// The performance budgets of DESIGN.md ("Performance budgets"), in one place so the
// bench, the size check and the report agree on the numbers.

/** 1 KB = 1024 bytes of gzip output (zlib level 9). */
export const KB = 1024;

/**
 * Each entry is measured with every file it imports (ES chunks), each gzipped, summed.
 * `maxGzipBytes: null`: reported, no budget. `noLit`: the entry must not import Lit.
 */
export const SIZE_BUDGETS = [
  { file: 'streamspace-enterprise-ws.iife.js', label: 'IIFE (Lit and every element)', maxGzipBytes: 24 * KB, noLit: false },
  { file: 'connection.js', label: '`./connection` (no Lit)', maxGzipBytes: 5 * KB, noLit: true },
  { file: 'streamspace-enterprise-ws.js', label: 'ES module (Lit external)', maxGzipBytes: null, noLit: false },
] as const;

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

/** Tabs: leader tab closed → next socket open (ms). */
export const MAX_FAILOVER_MS = 1000;

/** Lifecycle: JS heap after GC within this many bytes of the start. */
export const MAX_HEAP_GROWTH_BYTES = 1024 * 1024;
