import { gapId, type GapReason, type GapSpan } from '../connection/gap-tracker.js';
import type { HistoryGap } from './types.js';

const REASONS: readonly GapReason[] = ['reconnect', 'away', 'server-overflow'];
/** Gaps kept at most; the oldest go first. */
export const MAX_GAPS = 50;

/** A stored or received value as a gap, or null when its shape is not one. */
export function asGap(value: unknown): HistoryGap | null {
  const g = value as HistoryGap | null;
  if (!g || typeof g !== 'object' || typeof g.id !== 'string' || !REASONS.includes(g.reason)) return null;
  if (!Number.isFinite(g.from) || !Number.isFinite(g.to) || g.to < g.from) return null;
  const filled = Number.isInteger(g.filled) && g.filled! >= 0 ? g.filled : undefined;
  return { id: g.id, from: g.from, to: g.to, reason: g.reason, ...(filled !== undefined && { filled }) };
}

/** A gap as the history keeps it. */
export const gapOf = (span: GapSpan, filled?: number): HistoryGap => ({
  id: gapId(span),
  from: span.from,
  to: span.to,
  reason: span.reason,
  ...(filled !== undefined && { filled }),
});

/** The same gap from two tabs: a filled one wins (filling is never undone). Returns `current` when it wins. */
export const mergeGap = (current: HistoryGap | undefined, next: HistoryGap): HistoryGap =>
  !current || (next.filled !== undefined && current.filled === undefined) ? next : current;

/**
 * The history's gaps: one per id, merged the same way in every tab. What is shown drops
 * gaps that end before the oldest entry (the history does not reach back that far), and
 * keeps the newest `MAX_GAPS`.
 */
export class GapList {
  #gaps = new Map<string, HistoryGap>();

  /** Keeps `gap` (merged); returns it, or null when nothing changed. */
  put(gap: HistoryGap): HistoryGap | null {
    const current = this.#gaps.get(gap.id);
    const next = mergeGap(current, gap);
    if (next === current) return null;
    this.#gaps.set(gap.id, next);
    return next;
  }

  delete(id: string): boolean {
    return this.#gaps.delete(id);
  }

  clear(): void {
    this.#gaps.clear();
  }

  /** Newest first; none that ends before `oldest` (the oldest entry's time, when there is one). */
  shown(oldest: number | undefined): HistoryGap[] {
    const all = [...this.#gaps.values()].sort((a, b) => b.to - a.to);
    return all.filter((gap, i) => i < MAX_GAPS && (oldest === undefined || gap.to >= oldest));
  }

  /** Ids of gaps no longer shown (to delete from storage). */
  stale(oldest: number | undefined): string[] {
    const kept = new Set(this.shown(oldest).map((gap) => gap.id));
    return [...this.#gaps.keys()].filter((id) => !kept.has(id));
  }
}
