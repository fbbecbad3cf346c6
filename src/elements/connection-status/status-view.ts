import type { ConnectionState } from '../../connection/events.js';
import type { ConnectionStatusStrings } from './connection-status-strings.js';

/** What the pill shows: the connection's seven states folded into six looks. */
export type StatusView = 'live' | 'connecting' | 'reconnecting' | 'signed-out' | 'disconnected' | 'offline';

const VIEWS: Record<ConnectionState, StatusView> = {
  // `idle`: not started yet, or waiting for its token (an attempt under way).
  idle: 'connecting',
  connecting: 'connecting',
  open: 'live',
  reconnecting: 'reconnecting',
  unauthenticated: 'signed-out',
  failed: 'disconnected',
  closed: 'offline',
};

/** The browser saying it is offline wins: no state can be reached without a network. */
export const statusView = (state: ConnectionState, online: boolean): StatusView => (online ? VIEWS[state] : 'offline');

/** The fixed text of each look; `reconnecting` is a function of the countdown. */
export const VIEW_TEXT = {
  live: 'live',
  connecting: 'connecting',
  'signed-out': 'signedOut',
  disconnected: 'disconnected',
  offline: 'offline',
} as const satisfies Record<Exclude<StatusView, 'reconnecting'>, keyof ConnectionStatusStrings>;
