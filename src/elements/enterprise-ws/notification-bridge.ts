import type { ReactiveControllerHost } from 'lit';
import type { StreamSpaceConnection } from '../../connection/connection.js';
import { type MessageFormatter, ToastFeed, type ToastSink } from '../../toast/toast-feed.js';

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

  /** Turns toasts on or off and sets the page's formatter. */
  configure(enabled: boolean, formatter: MessageFormatter | null): void {
    if (enabled !== this.#enabled) {
      this.#enabled = enabled;
      this.#feed?.disconnect();
      this.#feed = enabled ? new ToastFeed(this.#connection, this.#sink) : null;
      if (enabled) this.findStack();
    }
    if (this.#feed) this.#feed.formatter = formatter;
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
