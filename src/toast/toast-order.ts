import { PRIORITIES } from './normalize.js';
import { SeqQueue, type SeqSlot } from './seq-queue.js';
import type { Toast } from './types.js';

/** The model's record of one toast; `toast` is replaced, never mutated, on change. */
export interface ToastEntry {
  toast: Toast;
  readonly seq: number;
  /** Index in `PRIORITIES`: 0 is critical. */
  rank: number;
  /** De-duplication key of the current content. */
  key: string;
  /** The priority was given, not derived from the severity. */
  explicitPriority: boolean;
  visible: boolean;
  slot: SeqSlot<ToastEntry> | null;
  /** ms left while the countdown is stopped. */
  remaining: number;
  /** Clock time of expiry while the countdown runs, else null. */
  deadline: number | null;
}

const ranksBefore = (a: ToastEntry, b: ToastEntry): boolean =>
  a.rank !== b.rank ? a.rank < b.rank : a.seq < b.seq;

/**
 * Which toasts are visible: the first `maxVisible` in (priority, arrival) order, kept in
 * a short sorted array; the rest wait in one FIFO per priority, so finding the next
 * one to show or the one to drop never looks at the whole backlog.
 */
export class ToastOrder {
  maxVisible: number;
  /** Visible entries in display order; at most `maxVisible` after `rebalance()`. */
  readonly visible: ToastEntry[] = [];

  private readonly _waiting = PRIORITIES.map(() => new SeqQueue<ToastEntry>());
  private _waitingCount = 0;
  /** Told whenever an entry starts or stops being visible, so its countdown follows. */
  private readonly _moved: (entry: ToastEntry, now: number) => void;

  constructor(maxVisible: number, moved: (entry: ToastEntry, now: number) => void) {
    this.maxVisible = maxVisible;
    this._moved = moved;
  }

  get waitingCount(): number {
    return this._waitingCount;
  }

  /** Puts an entry in line; `rebalance()` decides whether it shows. */
  add(entry: ToastEntry): void {
    entry.slot = this._waiting[entry.rank].insert(entry);
    this._waitingCount++;
  }

  /** Takes an entry out, wherever it is. */
  remove(entry: ToastEntry, now: number): void {
    if (entry.visible) {
      this.visible.splice(this.visible.indexOf(entry), 1);
      entry.visible = false;
      this._moved(entry, now);
    } else if (entry.slot) {
      this._waiting[entry.rank].remove(entry.slot);
      entry.slot = null;
      this._waitingCount--;
    }
  }

  /** Restores "visible = the first `maxVisible` in order": fills free places, lets urgent toasts in. */
  rebalance(now: number): void {
    const visible = this.visible;
    while (visible.length > this.maxVisible) this._demote(visible[visible.length - 1], now);
    for (;;) {
      const best = this._waiting.find((q) => q.size > 0)?.peek();
      if (!best) return;
      if (visible.length < this.maxVisible) {
        this._promote(best, now);
        continue;
      }
      const worst = visible[visible.length - 1];
      if (!ranksBefore(best, worst)) return;
      this._demote(worst, now);
      this._promote(best, now);
    }
  }

  /** The waiting entry to drop first: lowest priority, then oldest. */
  lowestWaiting(): ToastEntry | undefined {
    for (let rank = this._waiting.length - 1; rank >= 0; rank--) {
      const entry = this._waiting[rank].peek();
      if (entry) return entry;
    }
    return undefined;
  }

  /** Every entry: visible ones in order, then waiting ones by priority and arrival. */
  all(): ToastEntry[] {
    return [...this.visible, ...this._waiting.flatMap((q) => [...q.values()])];
  }

  private _promote(entry: ToastEntry, now: number): void {
    this.remove(entry, now);
    let i = this.visible.length;
    while (i > 0 && ranksBefore(entry, this.visible[i - 1])) i--;
    this.visible.splice(i, 0, entry);
    entry.visible = true;
    this._moved(entry, now);
  }

  private _demote(entry: ToastEntry, now: number): void {
    this.remove(entry, now);
    this.add(entry);
  }
}
