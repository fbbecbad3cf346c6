import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StreamSpaceConnection } from '../connection/connection.js';
import type { KnownMessage, KnownMessageType, StreamSpaceMessage } from '../protocol/messages.js';
import { consumeConnection } from './connection-source.js';

type HandledMessage<T extends string> = T extends KnownMessageType ? KnownMessage<T> : StreamSpaceMessage;

export interface StreamSpaceEventControllerOptions<T extends string> {
  /** Message types to receive; `'*'` for all. */
  types: T | readonly T[];
  handler: (message: HandledMessage<T>) => void;
  /** Use this connection instead of the nearest `<streamspace-enterprise-ws>`'s. */
  connection?: StreamSpaceConnection;
}

/**
 * Calls a handler with every message of the given types while the host is connected: the Lit
 * counterpart of the old `useWebSocketEvent` and `use*Events` hooks, without their flaws (one shared
 * socket, and every message delivered, not only the last one of a render).
 *
 * ```ts
 * alerts = new StreamSpaceEventController(this, {
 *   types: 'security.alert',
 *   handler: (message) => { this.count += 1; },
 * });
 * ```
 */
export class StreamSpaceEventController<T extends string> implements ReactiveController {
  #types: ReadonlySet<string>;
  #all: boolean;
  #handler: (message: HandledMessage<T>) => void;
  #connection: StreamSpaceConnection | undefined;
  #unsubscribe: (() => void) | undefined;
  #hostConnected = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StreamSpaceEventControllerOptions<T>) {
    const types: readonly string[] = typeof options.types === 'string' ? [options.types] : options.types;
    this.#types = new Set(types);
    this.#all = this.#types.has('*');
    this.#handler = options.handler;
    host.addController(this);
    consumeConnection(host, options.connection, (connection) => {
      this.#connection = connection;
      this.#resubscribe();
    });
  }

  /** The connection messages come from, once known. */
  get connection(): StreamSpaceConnection | undefined {
    return this.#connection;
  }

  hostConnected(): void {
    this.#hostConnected = true;
    this.#resubscribe();
  }

  hostDisconnected(): void {
    this.#hostConnected = false;
    this.#resubscribe();
  }

  #resubscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (!this.#hostConnected || !this.#connection) return;
    this.#unsubscribe = this.#connection.subscribe((message) => {
      if (this.#all || this.#types.has(message.type)) this.#handler(message as HandledMessage<T>);
    });
  }
}
