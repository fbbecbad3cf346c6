// The performance budgets of DESIGN.md ("Performance budgets"), in one place so the
// bench, the size check and the report agree on the numbers.

/** 1 KB = 1024 bytes of gzip output (zlib level 9). */
export const KB = 1024;

export const SIZE_BUDGETS = [
  { file: 'streamspace-enterprise-ws.iife.js', label: 'IIFE (Lit included)', maxGzipBytes: 12 * KB },
  { file: 'streamspace-enterprise-ws.js', label: 'ES module (Lit external)', maxGzipBytes: 6 * KB },
] as const;

/** Element (toasts off) time / raw WebSocket page time, same run. */
export const MAX_THROUGHPUT_RATIO = 1.3;

/** Burst: no main-thread task longer than this (ms). */
export const MAX_LONG_TASK_MS = 50;

/** Lifecycle: JS heap after GC within this many bytes of the start. */
export const MAX_HEAP_GROWTH_BYTES = 1024 * 1024;
