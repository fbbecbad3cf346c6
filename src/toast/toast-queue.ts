import { type Entry, ToastEntries } from './toast-entries.js';
import { expires, isPriority, patched, positiveInt, safely, text, toDuration, type ToastPatch } from './toast-fields.js';
import type { Toast, ToastDismissReason, ToastOptions } from './types.js';

const DEFAULT_MAX_VISIBLE = 3;
const DEFAULT_MAX_WAITING = 100;
const DEFAULT_DURATION = 6000;

/** What a `show()` did: a new toast, a "×N" merge into an identical one, or an update by `id`. */
export type ToastShowOutcome = 'added' | 'merged' | 'updated';

export type { ToastPatch };

export interface ToastQueueOptions {
  /** Toasts shown at once (default 3); the rest wait. */
  maxVisible?: number;
  /** Toasts kept waiting (default 100); beyond it the lowest-priority, oldest one is dropped. */
  maxWaiting?: number;
  /** Default ms before auto-dismiss (default 6000); 0 = until dismissed. */
  duration?: number;
  /** The clock (ms). Injected so tests drive time; defaults to `performance.now`. */
  now?: () => number;
  onChange?: (queue: ToastQueue) => void;
  onShow?: (toast: Toast, outcome: ToastShowOutcome) => void;
  onDismiss?: (toast: Toast, reason: ToastDismissReason) => void;
}

const REASONS: readonly ToastDismissReason[] = ['timeout', 'user', 'api', 'overflow'];


/**
 * The toast model: ordering, bounds, de-duplication and timers, without DOM or timers
 * of its own.
 *
 * - Order: notices (`notice: true`: sign in again, gave up...) first, then priority
 *   (critical > high > medium > low), then the newest. Every held toast sits in one array
 *   in that order; the notices and the first `maxVisible` message toasts are visible, so a
 *   critical toast displaces a visible low one into waiting, and notices never wait.
 * - Bounds: at most `maxVisible + maxWaiting` message toasts are held; past that the
 *   lowest-priority, oldest waiting one is dismissed with reason `overflow` and counted
 *   in `waitingCount`, so "+N more" stays exact. Notices are never dropped. A `show()`
 *   scans that bounded array once or twice, whatever the burst behind it.
 * - Same `id` updates in place; a `show()` without an id whose severity, title and
 *   message match a held toast bumps its `count` ("×N") and restarts its timer.
 * - Timers: a countdown runs for every held toast, visible or waiting, while the queue
 *   is not paused, so the rest of a burst leaves with it instead of trickling out one
 *   toast at a time; a toast with an action, or with duration 0, never expires. The owner calls
 *   `expire()` at `nextDeadline()` (one timer for the whole stack).
 * - Notifications are batched: `onShow`/`onDismiss` per toast, then one `onChange`
 *   per public call that changed anything; `version` counts the changes.
 */
export class ToastQueue {
  onChange: ToastQueueOptions['onChange'];
  onShow: ToastQueueOptions['onShow'];
  onDismiss: ToastQueueOptions['onDismiss'];

  #clock: () => number;
  /** Held entries in display order, by id and by content (toast-entries.ts). */
  readonly #held = new ToastEntries();
  readonly #entries = this.#held.list;
  /** Entries whose countdown runs: every expiring held toast while the queue is not paused. */
  #running = new Set<Entry>();
  #maxVisible: number;
  #maxWaiting: number;
  #duration: number;
  #seq = 0;
  #version = 0;
  /** Message toasts dropped by overflow (or never shown: `addHidden()`) since nothing last waited. */
  #hidden = 0;
  /** Pause reasons (hover, focus, hidden page, blur...); the clock runs when empty. */
  #pauses = new Set<string>();
  #toasts: readonly Toast[] | null = null;
  #pending: Array<() => void> = [];
  #dirty = false;

  constructor(options: ToastQueueOptions = {}) {
    this.#clock = options.now ?? (() => performance.now());
    this.#maxVisible = positiveInt(options.maxVisible, 1, DEFAULT_MAX_VISIBLE);
    this.#maxWaiting = positiveInt(options.maxWaiting, 0, DEFAULT_MAX_WAITING);
    this.#duration = toDuration(options.duration, DEFAULT_DURATION);
    this.onChange = options.onChange;
    this.onShow = options.onShow;
    this.onDismiss = options.onDismiss;
  }

  /** Increments on every change; cheap to compare between renders. */
  get version(): number {
    return this.#version;
  }

  /** The visible toasts in display order (priority, then arrival). Same array until the queue changes. */
  get toasts(): readonly Toast[] {
    return (this.#toasts ??= this.#entries.slice(0, this.#end).map((e) => e.toast));
  }

  /** Message toasts not on screen: those waiting plus those dropped by overflow. The "+N more" count. */
  get waitingCount(): number {
    return Math.max(0, this.#entries.length - this.#end) + this.#hidden;
  }

  /** Notices held (all visible). */
  get noticeCount(): number {
    return this.#held.notices;
  }

  /** Every toast held, visible or waiting. */
  get size(): number {
    return this.#entries.length;
  }

  get paused(): boolean {
    return this.#pauses.size > 0;
  }

  /** At least 1; invalid values fall back to 3. Lowering it moves toasts back to waiting. */
  get maxVisible(): number {
    return this.#maxVisible;
  }
  set maxVisible(value: number) {
    this.#run(() => {
      this.#maxVisible = positiveInt(value, 1, DEFAULT_MAX_VISIBLE);
      this.#settle();
      this.#changed();
    });
  }

  /** At least 0; invalid values fall back to 100. Lowering it drops the overflow. */
  get maxWaiting(): number {
    return this.#maxWaiting;
  }
  set maxWaiting(value: number) {
    this.#run(() => {
      this.#maxWaiting = positiveInt(value, 0, DEFAULT_MAX_WAITING);
      this.#settle();
    });
  }

  /** Default duration for toasts shown from now on; invalid values fall back to 6000. */
  get duration(): number {
    return this.#duration;
  }
  set duration(value: number) {
    this.#duration = toDuration(value, DEFAULT_DURATION);
  }

  get(id: string): Toast | undefined {
    return this.#find(id)?.toast;
  }

  isVisible(id: string): boolean {
    const entry = this.#find(id);
    return !!entry && this.#entries.indexOf(entry) < this.#end;
  }

  /**
   * Adds a toast, or replaces the content of the one with the same `id` in place
   * (fields left out take their defaults; `count` and arrival order are kept; its
   * timer restarts), or, without an `id`, merges into an identical held toast
   * ("×N", timer restarts).
   * Returns the toast's id. Severity defaults to `info`, priority to one derived
   * from the severity (error high, warning medium, else low).
   */
  show(options: ToastOptions): string {
    return this.#run(() => {
      const opts: ToastOptions = options && typeof options === 'object' ? options : ({} as ToastOptions);
      const id = text(opts.id);
      const fixed = isPriority(opts.priority);
      // A show describes the whole toast: fields it leaves out go back to their defaults.
      const fresh = (id: string, seq: number, count: number) =>
        patched(
          { id, seq, count, title: '', message: '', severity: 'info', priority: 'low', duration: this.#duration },
          opts,
          fixed,
        );
      const existing = id ? this.#find(id) : undefined;
      if (existing) {
        const { seq, count } = existing.toast;
        existing.fixed = fixed;
        this.#set(existing, fresh(id, seq, count), true, 'updated');
        return id;
      }
      const seq = ++this.#seq;
      let newId = id || `toast-${seq}`;
      for (let n = 1; this.#find(newId); n++) newId = `toast-${seq}-${n}`;
      const toast = fresh(newId, seq, 1);
      const same = !id && this.#held.firstLike(toast);
      if (same) {
        this.#set(same, { ...same.toast, count: same.toast.count + 1 }, true, 'merged');
        return same.toast.id;
      }
      const entry: Entry = { toast, fixed, remaining: toast.duration, deadline: null };
      this.#held.add(entry);
      this.#pending.push(() => this.onShow?.(toast, 'added'));
      this.#settle();
      this.#changed();
      return newId;
    });
  }

  /**
   * Changes fields of a held toast in place; `count` is kept and the countdown goes on,
   * unless `duration` or `action` change. Returns false for an unknown id.
   */
  update(id: string, patch: ToastPatch): boolean {
    return this.#run(() => {
      const entry = this.#find(id);
      if (!entry) return false;
      const p: ToastPatch = patch && typeof patch === 'object' ? patch : {};
      if (isPriority(p.priority)) entry.fixed = true;
      const toast = patched(entry.toast, p, entry.fixed);
      this.#set(entry, toast, toast.duration !== entry.toast.duration);
      return true;
    });
  }

  /** Removes a toast (visible or waiting); the next waiting one takes its place. */
  dismiss(id: string, reason: ToastDismissReason = 'api'): boolean {
    return this.#run(() => {
      const entry = this.#find(id);
      if (entry) this.#remove(entry, reason);
      this.#settle();
      this.#drained();
      return !!entry;
    });
  }

  /**
   * Removes every toast, visible first, then waiting ones (with `messagesOnly`, every
   * message toast: notices stay). Returns how many.
   */
  dismissAll(reason: ToastDismissReason = 'api', messagesOnly = false): number {
    return this.#run(() => {
      const entries = this.#entries.filter((e) => !(messagesOnly && e.toast.notice));
      for (const entry of entries) this.#remove(entry, reason);
      if (this.#hidden) this.#changed();
      this.#hidden = 0;
      return entries.length;
    });
  }

  /** Counts `count` message toasts that were never shown (a flood's oldest) in "+N more". */
  addHidden(count: number): void {
    if (!(count > 0)) return;
    this.#run(() => {
      this.#hidden += Math.floor(count);
      this.#changed();
    });
  }

  /**
   * Stops every countdown, keeping the time left. Reasons (hover, focus, hidden page,
   * blur...) nest: the queue runs again once each reason is resumed.
   */
  pause(reason = 'api'): void {
    this.#pause(() => this.#pauses.add(reason));
  }

  /** Releases one pause reason; countdowns restart with the time they had left. */
  resume(reason = 'api'): void {
    this.#pause(() => this.#pauses.delete(reason));
  }

  /** Dismisses (reason `timeout`) each visible toast due at `now`. Returns how many. */
  expire(now: number = this.#clock()): number {
    return this.#run(() => {
      const due = [...this.#running].filter((e) => e.deadline! <= now);
      for (const entry of due) this.#remove(entry, 'timeout');
      this.#settle(now);
      this.#drained();
      return due.length;
    });
  }

  /** Clock time at which `expire()` has work next, or null when no countdown runs. */
  nextDeadline(): number | null {
    let next: number | null = null;
    for (const { deadline } of this.#running) {
      if (next === null || deadline! < next) next = deadline;
    }
    return next;
  }

  /** ms left before a toast expires, or null if it never will (action, duration 0, unknown id). */
  timeLeft(id: string): number | null {
    const entry = this.#find(id);
    if (!entry || !expires(entry.toast)) return null;
    return entry.deadline === null ? entry.remaining : Math.max(0, entry.deadline - this.#clock());
  }

  // --- internals: every array walk below is over at most maxVisible + maxWaiting + 1 entries.

  /** Runs a public operation, then notifies: each show and dismissal, then one change. */
  #run<T>(operation: () => T): T {
    try {
      return operation();
    } finally {
      // A listener may call back in: its call notifies for itself.
      for (let pending; (pending = this.#pending).length; ) {
        this.#pending = [];
        pending.forEach(safely);
      }
      if (this.#dirty) {
        this.#dirty = false;
        safely(() => this.onChange?.(this));
      }
    }
  }

  /** Changes the pause reasons; the owner hears of it only when the clock stops or starts. */
  #pause(change: () => void): void {
    this.#run(() => {
      const was = this.paused;
      change();
      if (was !== this.paused) {
        this.#settle();
        this.#changed();
      }
    });
  }

  /** Index past the last visible entry: every notice, then `maxVisible` message toasts. */
  get #end(): number {
    return this.#held.notices + this.#maxVisible;
  }

  /** After a removal: once nothing waits, the hidden ones are gone too and a new burst counts from zero. */
  #drained(): void {
    if (this.#hidden && this.#entries.length <= this.#end) {
      this.#hidden = 0;
      this.#changed();
    }
  }

  #changed(): void {
    this.#version++;
    this.#dirty = true;
    this.#toasts = null;
  }

  #find(id: string): Entry | undefined {
    return this.#held.find(id);
  }

  /** Replaces an entry's toast (moving it if its priority changed) and restarts its countdown if asked. */
  #set(entry: Entry, toast: Toast, restart: boolean, outcome?: ToastShowOutcome): void {
    this.#held.replace(entry, toast);
    if (restart) {
      entry.remaining = toast.duration;
      entry.deadline = null;
      this.#running.delete(entry);
    }
    if (outcome) this.#pending.push(() => this.onShow?.(toast, outcome));
    this.#settle();
    this.#changed();
  }

  #remove(entry: Entry, reason: ToastDismissReason, at?: number): void {
    this.#held.remove(entry, at);
    this.#running.delete(entry);
    const { toast } = entry;
    const why = REASONS.includes(reason) ? reason : 'api';
    this.#pending.push(() => this.onDismiss?.(toast, why));
    this.#changed();
  }

  /**
   * Restores the invariants after any change: nothing waits beyond `maxWaiting` (the
   * lowest-priority, oldest waiting toast goes first), and a countdown runs exactly for
   * the expiring toasts, visible or waiting, while nothing pauses the queue.
   */
  #settle(now = this.#clock()): void {
    const entries = this.#entries;
    // The lowest-priority, oldest message toast is the last entry (notices sort first).
    while (entries.length > this.#end + this.#maxWaiting) {
      this.#remove(entries[entries.length - 1]!, 'overflow', entries.length - 1);
      this.#hidden++;
    }
    if (this.paused) {
      for (const entry of this.#running) {
        entry.remaining = Math.max(0, entry.deadline! - now);
        entry.deadline = null;
      }
      this.#running.clear();
      return;
    }
    for (const entry of this.#running) {
      if (expires(entry.toast)) continue;
      entry.deadline = null;
      this.#running.delete(entry);
    }
    for (const entry of entries) {
      if (entry.deadline === null && expires(entry.toast)) {
        entry.deadline = now + entry.remaining;
        this.#running.add(entry);
      }
    }
  }
}
