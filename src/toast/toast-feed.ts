import type { StreamSpaceMessage } from '../protocol/messages.js';
import type { AuthFailedDetail, ErrorDetail, FailedDetail, ReconnectingDetail } from '../connection/events.js';
import { authFailedNotice, handshakeRefusedMessage } from './connection-notices.js';
import { createFormatter } from './format-message.js';
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
  /** The token is fine, the server refuses the handshake: retries say so until an open. */
  #handshakeRefused = false;

  /** The events it listens to, each with what it shows; messages join when there is no `subscribe()`. */
  #handlers: Record<string, (detail: unknown) => void> = {
    'streamspace-open': () => {
      const again = this.#opened;
      this.#opened = true;
      this.#handshakeRefused = false;
      this.#status('success', '', `Real-time updates ${again ? 're' : ''}connected`);
    },
    'streamspace-reconnecting': (detail) => {
      const { attempt = 1, maxAttempts: max } = (detail ?? {}) as Partial<ReconnectingDetail>;
      const of = Number.isFinite(max) ? `${attempt}/${max}` : `${attempt}`;
      const title = this.#handshakeRefused ? 'Server refused the connection' : this.#opened ? 'Connection lost' : 'Cannot connect';
      this.#status('warning', title, `Reconnecting… (attempt ${of})`);
    },
    'streamspace-error': (detail) => {
      if ((detail as ErrorDetail | undefined)?.reason === 'handshake-refused') this.#handshakeRefused = true;
    },
    'streamspace-failed': (detail) => {
      const { attempts, reason } = (detail ?? {}) as Partial<FailedDetail>;
      const gaveUp = typeof attempts === 'number' ? `Gave up after ${attempts} attempts.` : 'Gave up reconnecting.';
      this.#status(
        'error',
        'Real-time updates unavailable',
        reason === 'handshake-refused' ? `${handshakeRefusedMessage()} ${gaveUp}` : gaveUp,
        { label: 'Retry', onClick: () => this.#source.reconnect() },
      );
    },
    // Only the reason picks the words: nothing from the event (or the token) goes into the text.
    'streamspace-auth-failed': (detail) => {
      const { title, message } = authFailedNotice((detail as Partial<AuthFailedDetail> | undefined)?.reason);
      this.#status('error', title, message);
    },
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
    // Every tab fires every message; one tab per browser shows it.
    if (options && typeof options === 'object' && this.#source.presenting !== false) this.#sink.show(options);
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
