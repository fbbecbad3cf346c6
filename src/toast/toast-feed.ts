import type { StreamSpaceMessage } from '../protocol/messages.js';
import type { AuthFailedDetail, ErrorDetail, FailedDetail, ReconnectingDetail } from '../connection/events.js';
import { authFailedNotice, handshakeRefusedMessage } from './connection-notices.js';
import { reportError } from '../internal/report-error.js';
import { createFormatter, type ToastFormatter } from './format-message.js';
import { pageLanguage } from '../i18n/language.js';
import { localeFor } from '../i18n/registry.js';
import type { Locale, Translation } from '../i18n/types.js';
import type { ToastAction, ToastOptions, ToastSeverity } from './types.js';

/** A page's own wording (the element's `formatter`): `null` stays silent, `undefined` uses the default. */
export type MessageFormatter = (message: StreamSpaceMessage) => ToastOptions | null | undefined;

/** What the feed needs from a connection; a plain `EventTarget` with `reconnect()` will do. */
export interface ToastFeedSource {
  addEventListener(type: string, listener: EventListener): void;
  removeEventListener(type: string, listener: EventListener): void;
  reconnect(): void;
  /** false: another tab shows the toasts of messages (see `StreamSpaceConnection.presenting`). */
  readonly presenting?: boolean;
  /** Used instead of `streamspace-message` events when present (no event object per message). */
  subscribe?(subscriber: (message: StreamSpaceMessage) => void): () => void;
}

/** Where toasts go: `<streamspace-toast-stack>` or anything with the same two methods. */
export interface ToastSink {
  show(options: ToastOptions): string;
  dismiss(id: string): void;
  /** Counts messages a flood left unformatted in "+N more", so its number stays exact. */
  addHidden?(count: number): void;
}

export interface ToastFeedOptions {
  formatter?: MessageFormatter | null;
  /** The language of the toasts, asked at each one (default: `<html lang>`, else the browser's). */
  locale?: () => Locale;
}

/** The summary toast of a catch-up: one id, so two catch-ups in a row read as the latest. */
export const CATCH_UP_TOAST_ID = 'streamspace-catch-up';

/**
 * Hears every message's toast (never the connection's own): the history, desktop
 * notifications. `toastId` is the shown toast's id, when one was shown.
 */
export type ToastListener = (message: StreamSpaceMessage, toast: ToastOptions, toastId?: string) => void;

/**
 * Messages are formatted in batches at most this often (ms); the first one after a quiet
 * spell goes at once (a microtask later). While batches overflow `FEED_BATCH_LIMIT` (a
 * flood), the interval doubles, up to `FEED_MAX_INTERVAL_MS`, so a flood costs a few
 * batches a second; the first calm batch brings it back.
 */
export const FEED_INTERVAL_MS = 50;
export const FEED_MAX_INTERVAL_MS = 400;

/**
 * At most this many messages of one batch are formatted: its newest ones, in order. What
 * came before them in the same batch could neither be shown (the stack holds about a
 * hundred) nor kept (the history holds 500), so it costs nothing.
 */
export const FEED_BATCH_LIMIT = 500;

/** Messages formatted per task; the rest of a batch follows in the next tasks. */
export const FEED_SLICE = 100;

/**
 * One id for every connection toast, so "Reconnecting…", "reconnected", "failed" and
 * "not authorised" replace each other in place instead of piling up.
 */
export const CONNECTION_TOAST_ID = 'streamspace-connection';

/**
 * Feeds a connection's events to a toast sink: messages through the formatter (default
 * `createFormatter()`), and the connection's lifecycle as one in-place status toast. It
 * only listens, so it can never delay or drop an event, and `disconnect()` removes every
 * listener it added.
 *
 * Messages cost O(1) each on arrival: they are formatted in batches (see
 * `FEED_INTERVAL_MS`, `FEED_BATCH_LIMIT`), in order, and each toast goes to the sink
 * (when toasts are on) and to `listener` (the history). In a flood, the messages that
 * could neither be shown nor kept are not formatted at all.
 */
export class ToastFeed {
  /** Per message: options to show, `null` to stay silent, `undefined` for the default. */
  formatter: MessageFormatter | null;
  /** Where toasts are shown; null shows none (the listener still hears them). */
  sink: ToastSink | null;
  listener: ToastListener | null = null;
  /** Opens the notification history (the catch-up summary's "Open"); without it the toast has no action. */
  openHistory: (() => void) | null = null;

  #source: ToastFeedSource;
  #pending: StreamSpaceMessage[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastFlush = -Infinity;
  #scheduled = false;
  /** Messages of the current batch still to format, oldest first. */
  #work: StreamSpaceMessage[] = [];
  #interval = FEED_INTERVAL_MS;
  /** The language of the toasts: the host element's, else the page's. */
  #locale: () => Locale;
  #default: ToastFormatter;
  #unsubscribe: (() => void) | undefined;
  /** An earlier open makes the next one a "reconnected". */
  #opened = false;
  /** The token is fine, the server refuses the handshake: retries say so until an open. */
  #handshakeRefused = false;
  /** The title of the retry notice shown last: the next attempts update it without a word. */
  #retrying: string | null = null;

  /** The events it listens to, each with what it shows; messages join when there is no `subscribe()`. */
  #handlers: Record<string, (detail: unknown) => void> = {
    'streamspace-open': () => {
      const again = this.#opened;
      this.#opened = true;
      this.#handshakeRefused = false;
      this.#retrying = null;
      const { notices } = this.#t;
      this.#status('success', '', again ? notices.reconnected : notices.connected);
    },
    // An outage is announced when it starts (and when its cause changes), never per attempt.
    'streamspace-reconnecting': (detail) => {
      const { attempt = 1, maxAttempts: max = Infinity } = (detail ?? {}) as Partial<ReconnectingDetail>;
      const { notices } = this.#t;
      const title = this.#handshakeRefused ? notices.serverRefused : this.#opened ? notices.connectionLost : notices.cannotConnect;
      const announce = this.#retrying !== title;
      this.#retrying = title;
      this.#status('warning', title, notices.reconnecting(attempt, max), undefined, announce);
    },
    'streamspace-error': (detail) => {
      if ((detail as ErrorDetail | undefined)?.reason === 'handshake-refused') this.#handshakeRefused = true;
    },
    'streamspace-failed': (detail) => {
      const { attempts, reason } = (detail ?? {}) as Partial<FailedDetail>;
      const t = this.#t;
      const gaveUp = t.notices.gaveUp(typeof attempts === 'number' ? attempts : undefined);
      this.#retrying = null;
      this.#status(
        'error',
        t.notices.unavailable,
        reason === 'handshake-refused' ? `${handshakeRefusedMessage(t)} ${gaveUp}` : gaveUp,
        { label: t.notices.retry, onClick: () => this.#source.reconnect() },
      );
    },
    // Replayed messages show no toast each: one summary, in the tab that presents.
    'streamspace-catch-up': (detail) => {
      const count = (detail as { count?: number } | undefined)?.count ?? 0;
      const open = this.openHistory;
      if (!count || this.#source.presenting === false) return;
      const { notices } = this.#t;
      this.sink?.show({
        id: CATCH_UP_TOAST_ID,
        severity: 'info',
        title: '',
        message: notices.caughtUp(count),
        ...(open && { action: { label: notices.openHistory, onClick: open } }),
      });
    },
    // Only the reason picks the words: nothing from the event (or the token) goes into the text.
    'streamspace-auth-failed': (detail) => {
      const { title, message } = authFailedNotice((detail as Partial<AuthFailedDetail> | undefined)?.reason, this.#t);
      this.#retrying = null;
      this.#status('error', title, message);
    },
  };

  constructor(source: ToastFeedSource, sink: ToastSink | null, options: ToastFeedOptions = {}) {
    this.#source = source;
    this.sink = sink;
    this.formatter = options.formatter ?? null;
    this.#locale = options.locale ?? (() => localeFor(pageLanguage()));
    this.#default = createFormatter(() => this.#locale());
    if (source.subscribe) this.#unsubscribe = source.subscribe(this.#onMessage);
    else this.#handlers['streamspace-message'] = this.#onMessage;
    for (const type of Object.keys(this.#handlers)) source.addEventListener(type, this.#onEvent);
  }

  /** Stops listening, after formatting what arrived; toasts already shown stay. */
  disconnect(): void {
    this.flush();
    for (const type of Object.keys(this.#handlers)) this.#source.removeEventListener(type, this.#onEvent);
    this.#handlers = {};
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  get #t(): Translation {
    return this.#locale().t;
  }

  #onEvent = (event: Event): void => this.#handlers[event.type]?.((event as CustomEvent).detail);

  #onMessage = (message: unknown): void => {
    if (message && this.#pending.push(message as StreamSpaceMessage) === 1) {
      // A hidden tab's timers are throttled (to a minute): its desktop notifications must not wait.
      this.#schedule(globalThis.document?.hidden ? 0 : this.#lastFlush + this.#interval - performance.now());
    }
  };

  /** One run of `flush` at a time: after `wait` ms, else at once (a microtask), or in the next task (`later`). */
  #schedule(wait: number, later = false): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const run = () => this.flush(FEED_SLICE);
    if (wait > 0 || later) this.#timer = setTimeout(run, Math.max(0, wait));
    else queueMicrotask(run);
  }

  /**
   * Formats the messages received so far (the newest `FEED_BATCH_LIMIT`) and delivers their
   * toasts: all of them now, or `max` now and the rest in the next tasks (the page stays
   * responsive while a big batch is formatted).
   */
  flush = (max = Infinity): void => {
    clearTimeout(this.#timer);
    this.#scheduled = false;
    const batch = this.#pending;
    if (batch.length) {
      this.#pending = [];
      this.#lastFlush = performance.now();
      this.#interval = batch.length > FEED_BATCH_LIMIT ? Math.min(this.#interval * 2, FEED_MAX_INTERVAL_MS) : FEED_INTERVAL_MS;
      // Only the newest of what waits can be shown or kept: the rest is never formatted.
      const all = this.#work.concat(batch.slice(-FEED_BATCH_LIMIT));
      const skipped = this.#work.length + batch.length - FEED_BATCH_LIMIT;
      this.#work = all.slice(-FEED_BATCH_LIMIT);
      if (skipped > 0 && this.#source.presenting !== false) this.sink?.addHidden?.(skipped);
    }
    const work = this.#work;
    const count = Math.min(work.length, max);
    this.#work = work.slice(count);
    if (this.#work.length) this.#schedule(0, true);
    for (let i = 0; i < count; i++) {
      const message = work[i]!;
      try {
        // The default formatter runs for every formatted message, even when a custom one
        // answers, so what it remembers (nodes in trouble) stays true if the custom one defers.
        const fallback = this.#default(message);
        const custom = this.formatter?.(message);
        const options = custom === undefined ? fallback : custom;
        if (!options || typeof options !== 'object') continue;
        // Every tab fires every message and keeps it; one tab per browser shows it.
        const toastId = this.#source.presenting !== false && !message.replayed ? this.sink?.show(options) : undefined;
        this.listener?.(message, options, toastId || undefined);
      } catch (error) {
        // A throwing page formatter costs its own message only.
        reportError(error);
      }
    }
  };

  /**
   * The connection's one notice, in its own place (never dropped by a burst's overflow).
   * Good news fades on the default timer; trouble stays until it is resolved or dismissed.
   */
  #status(severity: ToastSeverity, title: string, message: string, action?: ToastAction, announce = true): void {
    this.sink?.show({
      id: CONNECTION_TOAST_ID,
      severity,
      title,
      message,
      notice: true,
      ...(!announce && { announce }),
      ...(severity !== 'success' && { duration: 0 }),
      ...(action && { action }),
    });
  }
}
