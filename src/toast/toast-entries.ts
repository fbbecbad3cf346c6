import { PRIORITIES } from './toast-fields.js';
import type { Toast } from './types.js';

/** The model's record of one toast; `toast` is replaced, never mutated, so renders compare identity. */
export interface Entry {
  toast: Toast;
  /** The priority was given, not derived from the severity. */
  fixed: boolean;
  /** ms left while the countdown is stopped. */
  remaining: number;
  /** Clock time of expiry while the countdown runs, else null. */
  deadline: number | null;
}

/** Notices a person must act on come before every message toast (rank -1). */
export const rank = (toast: Toast): number => (toast.notice ? -1 : PRIORITIES.indexOf(toast.priority));

/** Notices first, then priority, then the newest: a burst shows its latest, most severe toasts. */
const before = ({ toast: a }: Entry, { toast: b }: Entry): boolean => (rank(a) - rank(b) || b.seq - a.seq) < 0;

/** What makes two toasts "the same" for a "×N" merge. */
const contentKey = (toast: Toast): string => `${toast.severity}\u0000${toast.title}\u0000${toast.message}`;

/**
 * The toasts a `ToastQueue` holds: one array in display order (notices, priority, then the
 * newest), and indexes by id and by content (severity, title, message) so a burst never scans
 * it per toast.
 */
export class ToastEntries {
  /** Sorted; the queue reads it, only these methods change it. */
  readonly list: Entry[] = [];
  /** How many held entries are notices (they sort first). */
  notices = 0;
  readonly #byId = new Map<string, Entry>();
  readonly #byContent = new Map<string, Set<Entry>>();

  find(id: string): Entry | undefined {
    return this.#byId.get(id);
  }

  /** The held entry with the same content as `toast` that comes first in display order. */
  firstLike(toast: Toast): Entry | undefined {
    let first: Entry | undefined;
    for (const entry of this.#byContent.get(contentKey(toast)) ?? []) if (!first || before(entry, first)) first = entry;
    return first;
  }

  add(entry: Entry): void {
    this.#index(entry);
    this.#insert(entry);
  }

  /** Replaces an entry's toast, moving the entry if its rank changed. */
  replace(entry: Entry, toast: Toast): void {
    const moved = rank(toast) !== rank(entry.toast);
    this.#unindex(entry);
    entry.toast = toast;
    this.#index(entry);
    if (moved) {
      this.list.splice(this.list.indexOf(entry), 1);
      this.#insert(entry);
    }
  }

  remove(entry: Entry, at = this.list.indexOf(entry)): void {
    this.list.splice(at, 1);
    this.#unindex(entry);
  }

  #index(entry: Entry): void {
    if (entry.toast.notice) this.notices++;
    this.#byId.set(entry.toast.id, entry);
    const key = contentKey(entry.toast);
    const same = this.#byContent.get(key);
    if (same) same.add(entry);
    else this.#byContent.set(key, new Set([entry]));
  }

  #unindex(entry: Entry): void {
    if (entry.toast.notice) this.notices--;
    this.#byId.delete(entry.toast.id);
    const key = contentKey(entry.toast);
    const same = this.#byContent.get(key);
    if (same?.delete(entry) && !same.size) this.#byContent.delete(key);
  }

  /** Puts an entry in display order: a binary search, since the array is sorted. */
  #insert(entry: Entry): void {
    const entries = this.list;
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(entry, entries[mid]!)) high = mid;
      else low = mid + 1;
    }
    entries.splice(low, 0, entry);
  }
}
