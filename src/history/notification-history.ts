import { reportError } from '../internal/report-error.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';
import type { ToastOptions } from '../toast/types.js';
import type { GapSpan } from '../connection/gap-tracker.js';
import { messageIdentity } from '../protocol/message-identity.js';
import { asGap, gapOf, GapList } from './history-gaps.js';
import { asRecord, merge, recordOf } from './history-record.js';
import type { HistoryBatch, HistoryEntry, HistoryFilter, HistoryGap, HistoryRecord } from './types.js';

export interface NotificationHistoryOptions {
  /** Entries kept (default 500); the oldest go first. */
  maxEntries?: number;
  /** Entries older than this many ms are dropped (default 30 days). */
  maxAgeMs?: number;
  /** The clock (epoch ms); injected so tests drive time. */
  now?: () => number;
}

const FILTERS: Record<HistoryFilter, (entry: HistoryEntry) => boolean> = {
  all: () => true,
  unread: (entry) => !entry.read,
  alerts: (entry) => entry.severity === 'error' || entry.severity === 'warning',
};

/**
 * The notification history: what the toasts showed, newest first, with read state. A
 * pure model (no DOM, no storage of its own):
 *
 * - `add(message, toast)` keeps the toast the formatter made of a message; a toast `id`
 *   (an entity: a node, a delivery) updates that entry in place, as toasts do.
 * - Bounds: the newest `maxEntries` (500) by arrival, none older than `maxAgeMs` (30 days).
 * - Every change is O(1): entries live in a Map in arrival order (a new message about an
 *   entity moves it to the end), so the oldest are at its front. Only `markAllRead`,
 *   `clear`, `load` and reads walk the list; reads are cached until the next change.
 * - Changes are journaled for storage and other tabs (`takeJournal`: at most one record
 *   per entry); what they send is merged by `apply`/`load` without being journaled again.
 *   Records merge the same way everywhere (`merge`), so every tab converges.
 * - Subscribers hear of changes once per microtask, however many there were.
 */
export class NotificationHistory {
  readonly maxEntries: number;
  readonly maxAgeMs: number;
  #now: () => number;
  #records = new Map<string, HistoryRecord>();
  #unread = 0;
  #version = 0;
  #views: Partial<Record<HistoryFilter, readonly HistoryEntry[]>> = {};
  /** Keys of deleted messages (the newest 1000), so a late copy from another tab is not re-added. */
  #gone = new Set<string>();
  /** Since the last take: records to put (null: delete), after clearing everything if `#cleared`. */
  #journal = new Map<string, HistoryRecord | null>();
  #cleared = false;
  readonly #gaps = new GapList();
  #gapView: readonly HistoryGap[] | null = null;
  /** Gaps to put (null: delete) since the last take. */
  #gapJournal = new Map<string, HistoryGap | null>();
  #listeners = new Set<(history: NotificationHistory) => void>();
  /** A user changed something (read, delete, clear): other tabs should hear of it now, not with the next batch. */
  urgent = false;
  #notifying = false;
  #panelOpen = false;

  constructor(options: NotificationHistoryOptions = {}) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxAgeMs = options.maxAgeMs ?? 2_592_000_000;
    this.#now = options.now ?? Date.now;
  }

  /** Every entry, newest first. The same array until the history changes. */
  get entries(): readonly HistoryEntry[] {
    return this.filter('all');
  }

  get unreadCount(): number {
    return this.#unread;
  }

  get size(): number {
    return this.#records.size;
  }

  /** Increments on every change; cheap to compare between renders. */
  get version(): number {
    return this.#version;
  }

  /**
   * The gaps in the timeline (spans in which messages may be missing), newest first; none
   * that ends before the oldest entry. The same array until the history changes.
   */
  get gaps(): readonly HistoryGap[] {
    return (this.#gapView ??= this.#gaps.shown(this.entries.at(-1)?.timestamp));
  }

  /** Keeps a gap (from this tab's connection); `filled`: a catch-up brought that many messages. */
  addGap(span: GapSpan, filled?: number): void {
    const gap = this.#gaps.put(gapOf(span, filled));
    if (!gap) return;
    this.#gapJournal.set(gap.id, gap);
    this.#changed();
  }

  /** The identity (`messageIdentity`) of every message kept or deleted here, for a catch-up to skip. */
  identities(): Set<string> {
    const keys = new Set<string>();
    for (const key of this.#gone) keys.add(messageIdentity(key));
    for (const record of this.#records.values()) keys.add(messageIdentity(record.key));
    return keys;
  }

  /**
   * A notification center's panel shows the entries now (this tab only): their toasts give
   * way to it, and new ones get none. Setting it notifies subscribers.
   */
  get panelOpen(): boolean {
    return this.#panelOpen;
  }
  set panelOpen(open: boolean) {
    if (open === this.#panelOpen) return;
    this.#panelOpen = open;
    this.#notify();
  }

  get(id: string): HistoryEntry | undefined {
    return this.#records.get(id);
  }

  /** The entries a filter shows, newest first (by time, then arrival); cached until the next change. */
  filter(filter: HistoryFilter): readonly HistoryEntry[] {
    return (this.#views[filter] ??= [...this.#records.values()]
      .reverse()
      .filter(FILTERS[filter] ?? FILTERS.all)
      .sort((a, b) => b.timestamp - a.timestamp));
  }

  /** Calls `listener` after changes (once per microtask); returns the unsubscribe function. */
  subscribe(listener: (history: NotificationHistory) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Keeps the toast the formatter made of `message`. Returns the entry, or null when
   * nothing changed (the same message again, an older one about the same entity, one
   * older than the age bound, or a message deleted in another tab).
   */
  add(message: StreamSpaceMessage, toast: ToastOptions): HistoryEntry | null {
    const record = recordOf(message, toast, this.#now());
    return this.#gone.has(record.key) ? null : this.#put(record, true);
  }

  markRead(id: string): boolean {
    const record = this.#records.get(id);
    if (record && !record.read) this.#put({ ...record, read: (this.urgent = true) }, true);
    return !!record && !record.read;
  }

  /** Returns how many entries were unread. */
  markAllRead(): number {
    const count = this.#unread;
    for (const record of this.#records.values()) this.markRead(record.id);
    return count;
  }

  delete(id: string): boolean {
    const record = this.#records.get(id);
    if (record) this.#drop(record, (this.urgent = true));
    return !!record;
  }

  /** Deletes every entry, here, in storage and in other tabs. */
  clear(): void {
    this.urgent = true;
    this.#clear();
    this.#journal.clear();
    this.#cleared = true;
  }

  /** Forgets every entry here only (another user signed in): nothing is journaled. */
  reset(): void {
    this.#clear();
    this.#gapJournal.clear();
    this.#gone.clear();
    this.takeJournal();
  }

  /** Merges stored records and gaps (any shape; bad ones are skipped), oldest first, with those here. */
  load(records: readonly unknown[], gaps: readonly unknown[] = []): void {
    this.apply({ gaps: gaps as HistoryGap[] });
    const all = [...records.map(asRecord), ...this.#records.values()].filter((r): r is HistoryRecord => !!r);
    this.#records = new Map();
    this.#unread = 0;
    this.apply({ put: all.sort((a, b) => a.timestamp - b.timestamp) });
    // Stored ones past the bounds are deleted from storage too.
    for (const { id } of all) if (!this.#records.has(id) && !this.#journal.has(id)) this.#journal.set(id, null);
    // So are gaps the history no longer reaches back to.
    for (const id of this.#gaps.stale(this.entries.at(-1)?.timestamp)) {
      this.#gaps.delete(id);
      this.#gapJournal.set(id, null);
    }
    this.#changed();
  }

  /** Applies a batch from another tab or from storage; it is not journaled again. */
  apply(batch: HistoryBatch): void {
    if (batch?.clear) this.#clear();
    for (const id of Array.isArray(batch?.delete) ? batch.delete : []) {
      const current = this.#records.get(id);
      if (current) this.#drop(current, false);
    }
    for (const value of Array.isArray(batch?.put) ? batch.put : []) {
      const record = asRecord(value);
      if (record && !this.#gone.has(record.key)) this.#put(record, false);
    }
    for (const id of Array.isArray(batch?.deleteGaps) ? batch.deleteGaps : []) if (this.#gaps.delete(id)) this.#changed();
    for (const value of Array.isArray(batch?.gaps) ? batch.gaps : []) {
      const gap = asGap(value);
      if (gap && this.#gaps.put(gap)) this.#changed();
    }
  }

  /** What changed since the last call (for storage and other tabs), or null when nothing did. */
  takeJournal(): HistoryBatch | null {
    const batch: HistoryBatch & Required<Pick<HistoryBatch, 'put' | 'delete'>> = { clear: this.#cleared, put: [], delete: [] };
    const gaps: HistoryGap[] = [];
    const deleteGaps: string[] = [];
    for (const [id, record] of this.#journal) record ? batch.put.push(record) : batch.delete.push(id);
    for (const [id, gap] of this.#gapJournal) gap ? gaps.push(gap) : deleteGaps.push(id);
    if (gaps.length) batch.gaps = gaps;
    if (deleteGaps.length) batch.deleteGaps = deleteGaps;
    this.#journal.clear();
    this.#gapJournal.clear();
    this.#cleared = this.urgent = false;
    return batch.clear || batch.put.length || batch.delete.length || gaps.length || deleteGaps.length ? batch : null;
  }

  /**
   * Sets a record, merged with the one it replaces; a new message about an entity moves it
   * to the newest. Then the oldest entries beyond the bounds are dropped (from the front).
   */
  #put(record: HistoryRecord, journal: boolean): HistoryRecord | null {
    const records = this.#records;
    const current = records.get(record.id);
    const next = merge(current, record);
    const cutoff = this.#now() - this.maxAgeMs;
    if (next === current || next.timestamp < cutoff) return null;
    if (current) {
      this.#unread -= +!current.read;
      if (current.key !== next.key) records.delete(next.id);
    }
    this.#unread += +!next.read;
    records.set(next.id, next);
    // A journaled version that lost a merge must not be written over the winner either.
    if (journal || this.#journal.get(next.id)) this.#journal.set(next.id, next);
    this.#changed();
    for (const oldest of records.values()) {
      if (records.size <= this.maxEntries && oldest.timestamp >= cutoff) break;
      this.#drop(oldest, true, false);
    }
    return next;
  }

  /** Removes an entry; a deleted one (not an evicted one) is remembered as gone. */
  #drop(record: HistoryRecord, journal: boolean, forget = true): void {
    this.#records.delete(record.id);
    this.#unread -= +!record.read;
    if (forget) this.#forget(record.key);
    // Evicted before it was written: nothing to write (storage prunes by the same bounds on
    // load). Deleted elsewhere: a version still waiting to be written must not bring it back.
    if (!forget && this.#journal.get(record.id)) this.#journal.delete(record.id);
    else if (journal || this.#journal.has(record.id)) this.#journal.set(record.id, null);
    this.#changed();
  }

  #forget(key: string): void {
    const gone = this.#gone;
    gone.add(key);
    if (gone.size > 1000) gone.delete(gone.values().next().value!);
  }

  #clear(): void {
    for (const record of this.#records.values()) this.#forget(record.key);
    this.#records.clear();
    this.#gaps.clear();
    this.#unread = 0;
    this.#changed();
  }

  #changed(): void {
    this.#version++;
    this.#views = {};
    this.#gapView = null;
    this.#notify();
  }

  #notify(): void {
    if (this.#notifying) return;
    this.#notifying = true;
    queueMicrotask(() => {
      this.#notifying = false;
      for (const listener of this.#listeners) {
        try {
          listener(this);
        } catch (error) {
          reportError(error);
        }
      }
    });
  }
}
