import { asGap, mergeGap } from './history-gaps.js';
import { asRecord, merge } from './history-record.js';
import type { HistoryBatch, HistoryRecord } from './types.js';

/** Where a history is kept between page loads. */
export interface HistoryStore {
  /** Every stored value; shapes are checked by whoever reads them. */
  load(): Promise<unknown[]>;
  /** Every stored gap (version 2 on); shapes are checked by whoever reads them. */
  loadGaps?(): Promise<unknown[]>;
  /**
   * Applies a batch in one transaction: clear, deletions, then puts merged with what is
   * stored (`merge`). Resolves with the stored records that won over a put (read elsewhere,
   * or a newer message), so the caller can catch up; rejects when storage fails (quota).
   */
  write(batch: HistoryBatch): Promise<HistoryRecord[]>;
  close(): void;
}

/**
 * The schema version. Each version adds one step to the upgrade in `openHistoryStore`, so a
 * database of any older version is brought up to date; a newer one (a later release in
 * another tab) cannot be opened, and the history falls back to memory.
 */
export const SCHEMA_VERSION = 2;
const STORE = 'entries';
/** Version 2: the gaps in the timeline (`HistoryGap`, by id). */
const GAPS = 'gaps';

/** Resolves with a request's result, or when a transaction completes; rejects with its error. */
const settle = <T>(target: IDBRequest<T> | IDBTransaction, value?: T): Promise<T> =>
  new Promise((resolve, reject) => {
    target.onerror = (target as IDBTransaction).onabort = () => reject(target.error);
    (target as IDBRequest).onsuccess = () => resolve((target as IDBRequest<T>).result);
    (target as IDBTransaction).oncomplete = () => resolve(value!);
  });

/**
 * Opens the IndexedDB database `name` as a history store, or resolves null when IndexedDB
 * is unavailable (no API, a sandboxed or private context), blocked by an open connection
 * of another version, or fails: the history then lives in memory.
 */
export function openHistoryStore(name: string): Promise<HistoryStore | null> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (store: HistoryStore | null) => {
      if (settled) store?.close();
      settled = true;
      resolve(store);
    };
    try {
      const request = indexedDB.open(name, SCHEMA_VERSION);
      request.onupgradeneeded = ({ oldVersion }) => {
        if (oldVersion < 1) request.result.createObjectStore(STORE, { keyPath: 'id' });
        if (oldVersion < 2) request.result.createObjectStore(GAPS, { keyPath: 'id' });
      };
      request.onblocked = request.onerror = () => done(null);
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrades: let it, and write nothing more here (writes then reject).
        db.onversionchange = () => db.close();
        done(indexedDbStore(db));
      };
    } catch {
      done(null);
    }
  });
}

function indexedDbStore(db: IDBDatabase): HistoryStore {
  return {
    load: async () => settle(db.transaction(STORE).objectStore(STORE).getAll()),
    loadGaps: async () => settle(db.transaction(GAPS).objectStore(GAPS).getAll()),
    async write(batch) {
      const tx = db.transaction([STORE, GAPS], 'readwrite');
      const store = tx.objectStore(STORE);
      const won: HistoryRecord[] = [];
      const gaps = tx.objectStore(GAPS);
      if (batch.clear) store.clear(), gaps.clear();
      for (const id of batch.deleteGaps ?? []) gaps.delete(id);
      for (const gap of batch.gaps ?? []) {
        const read = gaps.get(gap.id);
        read.onsuccess = () => {
          if (mergeGap(asGap(read.result) ?? undefined, gap) === gap) gaps.put(gap);
        };
      }
      for (const id of batch.delete ?? []) store.delete(id);
      for (const record of batch.put ?? []) {
        const merged = () => {
          const read = store.get(record.id);
          read.onsuccess = () => {
            const stored = asRecord(read.result) ?? undefined;
            const winner = merge(stored, record);
            if (winner !== stored) store.put(winner);
            if (winner.key !== record.key || winner.read !== record.read) won.push(winner);
          };
        };
        // The common case, a new unread message (`m-` ids are the message's own): one request,
        // which fails only when another tab stored it first; then the stored one is merged.
        if (record.read || !record.id.startsWith('m-')) merged();
        else
          store.add(record).onerror = (event) => {
            // Handled: neither the transaction nor its error handler hear of it.
            event.preventDefault();
            event.stopPropagation();
            merged();
          };
      }
      return settle(tx, won);
    },
    close: () => db.close(),
  };
}
