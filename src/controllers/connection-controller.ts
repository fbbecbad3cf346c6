import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StreamSpaceConnection } from '../connection/connection.js';
import type { ConnectionState } from '../connection/events.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';
import { consumeConnection } from './connection-source.js';

const WATCHED_EVENTS = ['streamspace-state', 'streamspace-reconnecting'] as const;

/**
 * Connection state for a Lit host, re-rendering it when the state changes or a retry is
 * scheduled: the counterpart of the old `useEnterpriseWebSocket` hook. Messages do not
 * re-render the host; use `StreamSpaceEventController` for those.
 */
export class StreamSpaceConnectionController implements ReactiveController {
  #host: ReactiveControllerHost;
  #connection: StreamSpaceConnection | undefined;
  #hostConnected = false;
  #listening: StreamSpaceConnection | undefined;
  #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost & HTMLElement, options: { connection?: StreamSpaceConnection } = {}) {
    this.#host = host;
    host.addController(this);
    consumeConnection(host, options.connection, (connection) => {
      this.#connection = connection;
      this.#listen();
      host.requestUpdate();
    });
  }

  get connection(): StreamSpaceConnection | undefined {
    return this.#connection;
  }
  /** `idle` until a connection is found. */
  get state(): ConnectionState {
    return this.#connection?.state ?? 'idle';
  }
  get connected(): boolean {
    return this.#connection?.connected ?? false;
  }
  get reconnectAttempts(): number {
    return this.#connection?.reconnectAttempts ?? 0;
  }
  get nextReconnectAt(): number | null {
    return this.#connection?.nextReconnectAt ?? null;
  }
  get lastMessage(): StreamSpaceMessage | null {
    return this.#connection?.lastMessage ?? null;
  }

  send(data: unknown): boolean {
    return this.#connection?.send(data) ?? false;
  }
  reconnect(): void {
    this.#connection?.reconnect();
  }

  hostConnected(): void {
    this.#hostConnected = true;
    this.#listen();
  }

  hostDisconnected(): void {
    this.#hostConnected = false;
    this.#listen();
  }

  #listen(): void {
    const target = this.#hostConnected ? this.#connection : undefined;
    if (target === this.#listening) return;
    for (const type of WATCHED_EVENTS) this.#listening?.removeEventListener(type, this.#onChange);
    for (const type of WATCHED_EVENTS) target?.addEventListener(type, this.#onChange);
    this.#listening = target;
  }
}
