import {
  dedupeKey,
  defaultPriority,
  isPriority,
  isSeverity,
  priorityRank,
  toAction,
  toDuration,
  toText,
} from './normalize.js';
import { ToastOrder, type ToastEntry as Entry } from './toast-order.js';
import type { Toast, ToastAction, ToastDismissReason, ToastOptions } from './types.js';

export const DEFAULT_MAX_VISIBLE = 3;
export const DEFAULT_MAX_WAITING = 100;
export const DEFAULT_DURATION = 6000;

/** What a `show()` did: a new toast, a "×N" merge into an identical one, or an update by `id`. */
export type ToastShowOutcome = 'added' | 'merged' | 'updated';

/** What `update()` takes. `action: null` removes the action. */
export type ToastPatch = Partial<Omit<ToastOptions, 'id' | 'action'>> & { action?: ToastAction | null };

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

const expires = (toast: Toast): boolean => toast.duration > 0 && !toast.action;
const positiveInt = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;

/**
 * The toast model: ordering, bounds, de-duplication and timers, without DOM or timers
 * of its own.
 *
 * - Order: priority (critical > high > medium > low), then arrival. The first
 *   `maxVisible` toasts in that order are visible, so a critical toast displaces a
 *   visible low one back into the waiting queue (its remaining time is kept).
 * - Bounds: at most `maxVisible + maxWaiting` toasts are held; past that the
 *   lowest-priority, oldest waiting toast is dismissed with reason `overflow`.
 *   Each `show()` costs O(maxVisible) plus amortised O(1), whatever the backlog.
 * - Same `id` updates in place; a `show()` without an id whose severity, title and
 *   message match a held toast bumps its `count` ("×N") and restarts its timer.
 * - Timers: a countdown runs only while the toast is visible and the queue is not
 *   paused; a toast with an action, or with duration 0, never expires. The owner calls
 *   `expire()` at `nextDeadline()` (one timer for the whole stack).
 * - Notifications are batched: `onShow`/`onDismiss` per toast, then one `onChange`
 *   per public call that changed anything; `version` counts the changes.
 */
export class ToastQueue {
  onChange: ToastQueueOptions['onChange'];
  onShow: ToastQueueOptions['onShow'];
  onDismiss: ToastQueueOptions['onDismiss'];

  private readonly _clock: () => number;
  private readonly _order: ToastOrder;
  private _maxWaiting: number;
  private _duration: number;
  private _seq = 0;
  private _version = 0;
  private readonly _byId = new Map<string, Entry>();
  private readonly _byKey = new Map<string, Entry>();
  private readonly _pauses = new Set<string>();
  private _toasts: readonly Toast[] | null = null;
  private _pending: Array<() => void> = [];
  private _dirty = false;
  private _depth = 0;

  constructor(options: ToastQueueOptions = {}) {
    this._clock = options.now ?? (() => performance.now());
    const maxVisible = positiveInt(options.maxVisible, 1, DEFAULT_MAX_VISIBLE);
    this._order = new ToastOrder(maxVisible, (entry, now) => this._sync(entry, now));
    this._maxWaiting = positiveInt(options.maxWaiting, 0, DEFAULT_MAX_WAITING);
    this._duration = toDuration(options.duration, DEFAULT_DURATION);
    this.onChange = options.onChange;
    this.onShow = options.onShow;
    this.onDismiss = options.onDismiss;
  }

  /** Increments on every change; cheap to compare between renders. */
  get version(): number {
    return this._version;
  }

  /** The visible toasts in display order (priority, then arrival). Same array until a toast changes. */
  get toasts(): readonly Toast[] {
    return (this._toasts ??= this._order.visible.map((e) => e.toast));
  }

  /** Toasts waiting for a slot: the "+N more" count. */
  get waitingCount(): number {
    return this._order.waitingCount;
  }

  /** Every toast held, visible or waiting. */
  get size(): number {
    return this._byId.size;
  }

  get paused(): boolean {
    return this._pauses.size > 0;
  }

  /** At least 1; invalid values fall back to 3. Lowering it moves toasts back to waiting. */
  get maxVisible(): number {
    return this._order.maxVisible;
  }
  set maxVisible(value: number) {
    this._run(() => {
      this._order.maxVisible = positiveInt(value, 1, DEFAULT_MAX_VISIBLE);
      this._order.rebalance(this._clock());
      this._trim();
      this._changed(true);
    });
  }

  /** At least 0; invalid values fall back to 100. Lowering it drops the overflow. */
  get maxWaiting(): number {
    return this._maxWaiting;
  }
  set maxWaiting(value: number) {
    this._run(() => {
      this._maxWaiting = positiveInt(value, 0, DEFAULT_MAX_WAITING);
      this._trim();
    });
  }

  /** Default duration for toasts shown from now on; invalid values fall back to 6000. */
  get duration(): number {
    return this._duration;
  }
  set duration(value: number) {
    this._duration = toDuration(value, DEFAULT_DURATION);
  }

  get(id: string): Toast | undefined {
    return this._byId.get(id)?.toast;
  }

  isVisible(id: string): boolean {
    return this._byId.get(id)?.visible ?? false;
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
    return this._run(() => {
      const opts: Partial<ToastOptions> = options && typeof options === 'object' ? options : {};
      const now = this._clock();
      const id = toText(opts.id);
      const existing = id ? this._byId.get(id) : undefined;
      if (existing) {
        // A show describes the whole toast: fields it leaves out go back to their defaults.
        existing.explicitPriority = isPriority(opts.priority);
        this._patch(
          existing,
          {
            title: toText(opts.title),
            message: toText(opts.message),
            severity: isSeverity(opts.severity) ? opts.severity : 'info',
            ...(existing.explicitPriority ? { priority: opts.priority } : {}),
            duration: toDuration(opts.duration, this._duration),
            action: opts.action ?? null,
          },
          now,
        );
        this._restart(existing, now);
        this._notifyShow(existing.toast, 'updated');
        return id;
      }
      const severity = isSeverity(opts.severity) ? opts.severity : 'info';
      const title = toText(opts.title);
      const message = toText(opts.message);
      const key = dedupeKey(severity, title, message);
      const same = id ? undefined : this._byKey.get(key);
      if (same) {
        same.toast = { ...same.toast, count: same.toast.count + 1 };
        this._restart(same, now);
        this._changed(true);
        this._notifyShow(same.toast, 'merged');
        return same.toast.id;
      }
      const seq = ++this._seq;
      const priority = isPriority(opts.priority) ? opts.priority : defaultPriority(severity);
      const action = toAction(opts.action);
      const toast: Toast = {
        id: id || this._newId(seq),
        title,
        message,
        severity,
        priority,
        duration: toDuration(opts.duration, this._duration),
        count: 1,
        seq,
        ...(action ? { action } : {}),
      };
      const entry: Entry = {
        toast,
        seq,
        rank: priorityRank(priority),
        key,
        explicitPriority: isPriority(opts.priority),
        visible: false,
        slot: null,
        remaining: toast.duration,
        deadline: null,
      };
      this._byId.set(toast.id, entry);
      this._byKey.set(key, entry);
      this._order.add(entry);
      this._notifyShow(toast, 'added');
      this._order.rebalance(now);
      this._trim();
      this._changed(true);
      return toast.id;
    });
  }

  /**
   * Changes fields of a held toast in place; `count` is kept and the countdown goes on,
   * unless `duration` or `action` change. Returns false for an unknown id.
   */
  update(id: string, patch: ToastPatch): boolean {
    return this._run(() => {
      const entry = this._byId.get(id);
      if (!entry) return false;
      this._patch(entry, patch && typeof patch === 'object' ? patch : {}, this._clock());
      return true;
    });
  }

  /** Removes a toast (visible or waiting); the next waiting one takes its place. */
  dismiss(id: string, reason: ToastDismissReason = 'api'): boolean {
    return this._run(() => {
      const entry = this._byId.get(id);
      if (!entry) return false;
      this._remove(entry, REASONS.includes(reason) ? reason : 'api');
      this._order.rebalance(this._clock());
      return true;
    });
  }

  /** Removes every toast, visible first, then waiting ones. Returns how many. */
  dismissAll(reason: ToastDismissReason = 'api'): number {
    return this._run(() => {
      const entries = this._order.all();
      for (const entry of entries) this._remove(entry, REASONS.includes(reason) ? reason : 'api');
      return entries.length;
    });
  }

  /**
   * Stops every countdown, keeping the time left. Reasons (hover, focus, hidden page,
   * blur...) nest: the queue runs again once each reason is resumed.
   */
  pause(reason = 'api'): void {
    this._run(() => {
      const was = this.paused;
      this._pauses.add(reason);
      if (!was) this._syncVisible();
    });
  }

  /** Releases one pause reason; countdowns restart with the time they had left. */
  resume(reason = 'api'): void {
    this._run(() => {
      if (this._pauses.delete(reason) && !this.paused) this._syncVisible();
    });
  }

  /** Dismisses (reason `timeout`) each visible toast due at `now`. Returns how many. */
  expire(now: number = this._clock()): number {
    return this._run(() => {
      const due = this._order.visible.filter((e) => e.deadline !== null && e.deadline <= now);
      for (const entry of due) this._remove(entry, 'timeout');
      if (due.length) this._order.rebalance(now);
      return due.length;
    });
  }

  /** Clock time at which `expire()` has work next, or null when no countdown runs. */
  nextDeadline(): number | null {
    let next: number | null = null;
    for (const { deadline } of this._order.visible) {
      if (deadline !== null && (next === null || deadline < next)) next = deadline;
    }
    return next;
  }

  /** ms left before a toast expires, or null if it never will (action, duration 0, unknown id). */
  timeLeft(id: string): number | null {
    const entry = this._byId.get(id);
    if (!entry || !expires(entry.toast)) return null;
    return entry.deadline === null ? entry.remaining : Math.max(0, entry.deadline - this._clock());
  }

  // --- internals ---------------------------------------------------------------

  /** Runs a public operation; notifications go out once the outermost one is done. */
  private _run<T>(operation: () => T): T {
    this._depth++;
    try {
      return operation();
    } finally {
      if (--this._depth === 0) this._flush();
    }
  }

  private _flush(): void {
    while (this._pending.length) {
      const pending = this._pending;
      this._pending = [];
      for (const notify of pending) safely(notify);
    }
    if (this._dirty) {
      this._dirty = false;
      safely(() => this.onChange?.(this));
    }
  }

  private _changed(toastsChanged: boolean): void {
    this._version++;
    this._dirty = true;
    if (toastsChanged) this._toasts = null;
  }

  private _notifyShow(toast: Toast, outcome: ToastShowOutcome): void {
    this._pending.push(() => this.onShow?.(toast, outcome));
  }

  private _newId(seq: number): string {
    let id = `toast-${seq}`;
    for (let n = 1; this._byId.has(id); n++) id = `toast-${seq}-${n}`;
    return id;
  }

  private _patch(entry: Entry, patch: ToastPatch, now: number): void {
    const old = entry.toast;
    const severity = isSeverity(patch.severity) ? patch.severity : old.severity;
    const title = patch.title !== undefined ? toText(patch.title) : old.title;
    const message = patch.message !== undefined ? toText(patch.message) : old.message;
    if (isPriority(patch.priority)) entry.explicitPriority = true;
    const priority = isPriority(patch.priority)
      ? patch.priority
      : entry.explicitPriority
        ? old.priority
        : defaultPriority(severity);
    const duration = patch.duration !== undefined ? toDuration(patch.duration, old.duration) : old.duration;
    const action = 'action' in patch ? toAction(patch.action) : old.action;
    const { action: _dropped, ...rest } = old;
    void _dropped;
    entry.toast = { ...rest, title, message, severity, priority, duration, ...(action ? { action } : {}) };

    if (this._byKey.get(entry.key) === entry) this._byKey.delete(entry.key);
    entry.key = dedupeKey(severity, title, message);
    this._byKey.set(entry.key, entry);

    if (duration !== old.duration) this._restart(entry, now);
    else this._sync(entry, now);
    const rank = priorityRank(priority);
    if (rank !== entry.rank) {
      this._order.remove(entry, now);
      entry.rank = rank;
      this._order.add(entry);
      this._order.rebalance(now);
    }
    this._changed(true);
  }

  private _remove(entry: Entry, reason: ToastDismissReason): void {
    this._order.remove(entry, this._clock());
    entry.deadline = null;
    this._byId.delete(entry.toast.id);
    if (this._byKey.get(entry.key) === entry) this._byKey.delete(entry.key);
    const toast = entry.toast;
    this._pending.push(() => this.onDismiss?.(toast, reason));
    this._changed(true);
  }

  /** Drops the lowest-priority, oldest waiting toasts beyond `maxWaiting`. */
  private _trim(): void {
    while (this._order.waitingCount > this._maxWaiting) this._remove(this._order.lowestWaiting()!, 'overflow');
  }

  private _restart(entry: Entry, now: number): void {
    entry.remaining = entry.toast.duration;
    entry.deadline = null;
    this._sync(entry, now);
  }

  /** Starts or stops one countdown to match: visible, not paused, and able to expire. */
  private _sync(entry: Entry, now: number): void {
    const run = entry.visible && !this.paused && expires(entry.toast);
    if (run && entry.deadline === null) {
      entry.deadline = now + entry.remaining;
    } else if (!run && entry.deadline !== null) {
      entry.remaining = Math.max(0, entry.deadline - now);
      entry.deadline = null;
    }
  }

  private _syncVisible(): void {
    const now = this._clock();
    for (const entry of this._order.visible) this._sync(entry, now);
    this._changed(false);
  }
}

/** A throwing listener must not leave the model half-notified. */
function safely(notify: () => void): void {
  try {
    notify();
  } catch (error) {
    reportError(error);
  }
}
