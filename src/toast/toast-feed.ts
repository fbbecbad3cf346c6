import type { StreamSpaceMessage } from '../protocol/messages.js';
import type { FailedDetail, ReconnectingDetail } from '../connection/events.js';
import { createFormatter } from './format-message.js';
import type { ToastAction, ToastOptions, ToastSeverity } from './types.js';

/** A page's own wording (the element's `formatter`): `null` stays silent, `undefined` uses the default. */
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

  #source: ToastFeedSource;
  #sink: ToastSink;
  #default = createFormatter();
  #unsubscribe: (() => void) | undefined;
  /** An earlier open makes the next one a "reconnected". */
  #opened = false;

  /** The events it listens to, each with what it shows; messages join when there is no `subscribe()`. */
  #handlers: Record<string, (detail: unknown) => void> = {
    'streamspace-open': () => {
      const again = this.#opened;
      this.#opened = true;
      this.#status('success', '', `Real-time updates ${again ? 're' : ''}connected`);
    },
    'streamspace-reconnecting': (detail) => {
      const { attempt = 1, maxAttempts: max } = (detail ?? {}) as Partial<ReconnectingDetail>;
      const of = Number.isFinite(max) ? `${attempt}/${max}` : `${attempt}`;
      this.#status('warning', this.#opened ? 'Connection lost' : 'Cannot connect', `Reconnecting… (attempt ${of})`);
    },
    'streamspace-failed': (detail) => {
      const attempts = (detail as FailedDetail | undefined)?.attempts;
      this.#status(
        'error',
        'Real-time updates unavailable',
        typeof attempts === 'number' ? `Gave up after ${attempts} attempts.` : 'Gave up reconnecting.',
        { label: 'Retry', onClick: () => this.#source.reconnect() },
      );
    },
    // Nothing from the event (or the token) goes into the text.
    'streamspace-auth-failed': () =>
      this.#status('error', 'Session expired or not authorised', 'Sign in again to receive real-time updates.'),
  };

  constructor(source: ToastFeedSource, sink: ToastSink, options: ToastFeedOptions = {}) {
    this.#source = source;
    this.#sink = sink;
    this.formatter = options.formatter ?? null;
    if (source.subscribe) this.#unsubscribe = source.subscribe(this.#onMessage);
    else this.#handlers['streamspace-message'] = this.#onMessage;
    for (const type of Object.keys(this.#handlers)) source.addEventListener(type, this.#onEvent);
  }

  /** Stops listening; toasts already shown stay. */
  disconnect(): void {
    for (const type of Object.keys(this.#handlers)) this.#source.removeEventListener(type, this.#onEvent);
    this.#handlers = {};
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #onEvent = (event: Event): void => this.#handlers[event.type]?.((event as CustomEvent).detail);

  #onMessage = (message: unknown): void => {
    if (!message) return;
    // The default formatter runs for every message, even when a custom one answers,
    // so what it remembers (nodes in trouble) stays true if the custom one defers later.
    const fallback = this.#default(message as StreamSpaceMessage);
    const custom = this.formatter?.(message as StreamSpaceMessage);
    const options = custom === undefined ? fallback : custom;
    if (options && typeof options === 'object') this.#sink.show(options);
  };

  /** Good news fades on the default timer; trouble stays until it is resolved or dismissed. */
  #status(severity: ToastSeverity, title: string, message: string, action?: ToastAction): void {
    this.#sink.show({
      id: CONNECTION_TOAST_ID,
      severity,
      title,
      message,
      ...(severity !== 'success' && { duration: 0 }),
      ...(action && { action }),
    });
  }
}
