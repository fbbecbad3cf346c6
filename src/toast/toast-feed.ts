import type { StreamSpaceMessage } from '../protocol/messages.js';
import type { FailedDetail, ReconnectingDetail } from '../connection/events.js';
import { createFormatter } from './format-message.js';
import type { ToastOptions } from './types.js';

/** Turns a message into toast options: `null` stays silent, `undefined` uses the default. */
export type MessageFormatter = (message: StreamSpaceMessage) => ToastOptions | null | undefined;

/** What the feed needs from a connection; a plain `EventTarget` with `reconnect()` will do. */
export interface ToastFeedSource {
  addEventListener(type: string, listener: EventListener): void;
  removeEventListener(type: string, listener: EventListener): void;
  reconnect(): void;
  /** Used instead of `streamspace-message` events when present (no event object per message). */
  subscribe?(subscriber: (message: StreamSpaceMessage) => void): () => void;
}

/** Where toasts go: `<streamspace-toast-stack>` or anything with the same two methods. */
export interface ToastSink {
  show(options: ToastOptions): string;
  dismiss(id: string): void;
}

export interface ToastFeedOptions {
  formatter?: MessageFormatter | null;
}

/**
 * One id for every connection toast, so "Reconnecting…", "reconnected", "failed" and
 * "not authorised" replace each other in place instead of piling up.
 */
export const CONNECTION_TOAST_ID = 'streamspace-connection';

/**
 * Feeds a connection's events to a toast sink: each message through the formatter
 * (default `createFormatter()`), and the connection's lifecycle as one in-place
 * status toast. It only listens, so it can never delay or drop an event, and
 * `disconnect()` removes every listener it added.
 */
export class ToastFeed {
  /** Per message: options to show, `null` to stay silent, `undefined` for the default. */
  formatter: MessageFormatter | null;

  private readonly _source: ToastFeedSource;
  private readonly _sink: ToastSink;
  private readonly _defaultFormatter = createFormatter();
  private readonly _listeners: Array<[string, EventListener]>;
  private _unsubscribe: (() => void) | undefined;
  /** An earlier open makes the next one a "reconnected". */
  private _opened = false;

  constructor(source: ToastFeedSource, sink: ToastSink, options: ToastFeedOptions = {}) {
    this._source = source;
    this._sink = sink;
    this.formatter = options.formatter ?? null;
    this._listeners = [
      ['streamspace-open', () => this._onOpen()],
      ['streamspace-reconnecting', (e) => this._onReconnecting(detail<ReconnectingDetail>(e))],
      ['streamspace-failed', (e) => this._onFailed(detail<FailedDetail>(e))],
      ['streamspace-auth-failed', () => this._onAuthFailed()],
    ];
    if (typeof source.subscribe === 'function') {
      this._unsubscribe = source.subscribe((message) => this._onMessage(message));
    } else {
      this._listeners.push(['streamspace-message', (e) => this._onMessage(detail<StreamSpaceMessage>(e))]);
    }
    for (const [type, listener] of this._listeners) source.addEventListener(type, listener);
  }

  /** Stops listening; toasts already shown stay. */
  disconnect(): void {
    for (const [type, listener] of this._listeners) this._source.removeEventListener(type, listener);
    this._listeners.length = 0;
    this._unsubscribe?.();
    this._unsubscribe = undefined;
  }

  private _onMessage(message: StreamSpaceMessage | undefined): void {
    if (!message) return;
    // The default formatter runs for every message, even when a custom one answers,
    // so what it remembers (nodes in trouble) stays true if the custom one defers later.
    const fallback = this._defaultFormatter(message);
    const custom = this.formatter ? this.formatter(message) : undefined;
    const options = custom === undefined ? fallback : custom;
    if (options && typeof options === 'object') this._sink.show(options);
  }

  private _onOpen(): void {
    const message = this._opened ? 'Real-time updates reconnected' : 'Real-time updates connected';
    this._opened = true;
    this._status({ severity: 'success', priority: 'low', message });
  }

  private _onReconnecting(detail: ReconnectingDetail | undefined): void {
    const attempt = detail?.attempt ?? 1;
    const max = detail?.maxAttempts;
    const of = typeof max === 'number' && Number.isFinite(max) ? `${attempt}/${max}` : `${attempt}`;
    this._status({
      severity: 'warning',
      priority: 'medium',
      title: this._opened ? 'Connection lost' : 'Cannot connect',
      message: `Reconnecting… (attempt ${of})`,
      duration: 0,
    });
  }

  private _onFailed(detail: FailedDetail | undefined): void {
    const attempts = detail?.attempts;
    this._status({
      severity: 'error',
      priority: 'high',
      title: 'Real-time updates unavailable',
      message: typeof attempts === 'number' ? `Gave up after ${attempts} attempts.` : 'Gave up reconnecting.',
      duration: 0,
      action: { label: 'Retry', onClick: () => this._source.reconnect() },
    });
  }

  private _onAuthFailed(): void {
    // Nothing from the event (or the token) goes into the text.
    this._status({
      severity: 'error',
      priority: 'high',
      title: 'Session expired or not authorised',
      message: 'Sign in again to receive real-time updates.',
      duration: 0,
    });
  }

  private _status(options: Omit<ToastOptions, 'id'>): void {
    this._sink.show({ id: CONNECTION_TOAST_ID, ...options });
  }
}

const detail = <T>(event: Event): T | undefined => (event as CustomEvent<T>).detail ?? undefined;
