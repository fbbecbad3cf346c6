import type { ReactiveControllerHost } from 'lit';
import type { StreamSpaceConnection } from '../connection/connection.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';
import { ToastFeed } from '../toast/toast-feed.js';
import type { ToastOptions } from '../toast/types.js';

/** Turns a message into toast options; `null` stays silent, `undefined` uses the default. */
export type MessageFormatter = (message: StreamSpaceMessage) => ToastOptions | null | undefined;

interface ToastSink {
  show(options: ToastOptions): string;
  dismiss(id: string): void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Feeds the connection's events to a toast stack while notifications are on: a child
 * `<streamspace-toast-stack>` when the page placed one, else the one the host renders.
 * Only reacts to events the host already dispatched, so it can never delay or drop one.
 */
export class NotificationBridge {
  readonly #host: Host;
  readonly #connection: StreamSpaceConnection;
  #feed: ToastFeed | null = null;
  #formatter: MessageFormatter | null = null;
  #enabled = false;
  #childStack: ToastSink | null = null;

  constructor(host: Host, connection: StreamSpaceConnection) {
    this.#host = host;
    this.#connection = connection;
  }

  /** The host renders its own stack only when notifications are on and it has no child stack. */
  get needsOwnStack(): boolean {
    return this.#enabled && !this.#childStack;
  }

  /** The stack toasts go to now, if any. */
  get stack(): ToastSink | null {
    return this.#childStack ?? (this.#host.renderRoot?.querySelector('streamspace-toast-stack') as ToastSink | null) ?? null;
  }

  update(enabled: boolean, formatter: MessageFormatter | null): void {
    this.#formatter = formatter;
    if (enabled === this.#enabled) return;
    this.#enabled = enabled;
    this.#feed?.disconnect();
    this.#feed = null;
    if (enabled) {
      this.findStack();
      this.#feed = new ToastFeed(this.#connection, this.#sink, { formatter: (message) => this.#formatter?.(message) });
    }
  }

  /** Looks for a child stack again (children can change at any time). */
  findStack(): void {
    const child = this.#host.querySelector('streamspace-toast-stack') as ToastSink | null;
    if (child === this.#childStack) return;
    this.#childStack = child;
    this.#host.requestUpdate();
  }

  readonly #sink: ToastSink = {
    show: (options) => this.stack?.show(options) ?? '',
    dismiss: (id) => this.stack?.dismiss(id),
  };
}
