import type { StreamSpaceConnection } from '../connection/connection.js';
import type { AuthFailureReason, ConnectionState } from '../connection/events.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';

export interface ConnectionStatusSnapshot {
  state: ConnectionState;
  /** The socket (this tab's, or its group's) is open. */
  connected: boolean;
  reconnectAttempts: number;
  /** When the scheduled retry starts (epoch ms), or null. */
  nextReconnectAt: number | null;
  /** Why it stopped: the last `streamspace-auth-failed` or `streamspace-failed` reason; null once open again. */
  reason: AuthFailureReason | 'handshake-refused' | null;
}

/** What `useSyncExternalStore` reads: immutable snapshots, replaced on change. */
export interface ConnectionStore {
  subscribeStatus(onChange: () => void): () => void;
  status(): ConnectionStatusSnapshot;
  subscribeMessages(onChange: () => void): () => void;
  lastMessage(): StreamSpaceMessage | null;
}

const STATUS_EVENTS = ['streamspace-state', 'streamspace-reconnecting', 'streamspace-failed', 'streamspace-auth-failed'];
const IDLE: ConnectionStatusSnapshot = { state: 'idle', connected: false, reconnectAttempts: 0, nextReconnectAt: null, reason: null };
const stores = new WeakMap<StreamSpaceConnection, ConnectionStore>();

/** Before a connection is known (first render, server rendering): idle, nothing to hear. */
export const IDLE_STORE: ConnectionStore = {
  subscribeStatus: () => () => {},
  status: () => IDLE,
  subscribeMessages: () => () => {},
  lastMessage: () => null,
};

/** One store per connection, listening for as long as the connection lives. */
export function connectionStore(connection: StreamSpaceConnection | null): ConnectionStore {
  if (!connection) return IDLE_STORE;
  let store = stores.get(connection);
  if (store) return store;
  const listeners = new Set<() => void>();
  let reason: ConnectionStatusSnapshot['reason'] = null;
  const read = (): ConnectionStatusSnapshot => ({
    state: connection.state,
    connected: connection.connected,
    reconnectAttempts: connection.reconnectAttempts,
    nextReconnectAt: connection.nextReconnectAt,
    reason,
  });
  let snapshot = read();
  const onStatus = (event: Event) => {
    const detail = (event as CustomEvent<{ reason?: ConnectionStatusSnapshot['reason'] }>).detail;
    if (event.type === 'streamspace-failed' || event.type === 'streamspace-auth-failed') reason = detail.reason ?? null;
    else if (connection.connected) reason = null;
    snapshot = read();
    for (const listener of listeners) listener();
  };
  for (const type of STATUS_EVENTS) connection.addEventListener(type, onStatus);
  store = {
    subscribeStatus(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    status: () => snapshot,
    subscribeMessages: (onChange) => connection.subscribe(() => onChange()),
    lastMessage: () => connection.lastMessage,
  };
  stores.set(connection, store);
  return store;
}
