import type { CatchUp } from './gap-tracker.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';
import { DEFAULT_GAP_THRESHOLD } from './gap-tracker.js';
import type { TokenProvider } from './token.js';

/** Settings of a `StreamSpaceConnection`; every one can change later through `configure()`. */
export interface ConnectionOptions {
  /** Endpoint; defaults to `ws(s)://{location.host}/api/v1/ws/enterprise`. Never holds the token. */
  url: string | null;
  /** Explicit token; wins over the provider and storage. */
  token: string | null;
  /** Asked before every connection attempt. */
  tokenProvider: TokenProvider | null;
  /** localStorage key; null means `streamspace-auth`, then `streamspace_token`. */
  tokenKey: string | null;
  /** Query parameter carrying the token. */
  tokenParam: string;
  autoReconnect: boolean;
  /** Base delay (ms) of the exponential backoff. */
  reconnectInterval: number;
  /** Cap (ms) of the backoff before jitter. */
  maxReconnectDelay: number;
  /** Retries after a drop before the state becomes `failed`; `Infinity` allowed. */
  maxReconnectAttempts: number;
  /** Messages `send()` holds while not open. */
  sendQueueLimit: number;
  /** Source of jitter; replaceable for tests. */
  random: () => number;
  /** Used by the auth probe; replaceable for tests. */
  fetch: typeof fetch | null;
  /**
   * Share one socket with the user's other tabs (and other connections of this page) that use
   * the same endpoint; false keeps a socket of its own. Without Web Locks or BroadcastChannel
   * every connection keeps its own anyway.
   */
  share: boolean;
  /** A reconnect or a handover between tabs shorter than this (ms) is no gap (`streamspace-gap`). */
  gapThreshold: number;
  /**
   * Fetches what the page's own source holds for a gap, in the wire format; called once per
   * gap, in the tab that holds the socket (docs/gaps.md). Null: gaps are only reported.
   */
  catchUp: CatchUp | null;
  /**
   * Which messages are there already, so a catch-up adds only new ones (the element passes its
   * history's). Null: every valid message a catch-up returns is new.
   */
  knownMessages: (() => Promise<(message: StreamSpaceMessage) => boolean>) | null;
}

export const DEFAULT_CONNECTION_OPTIONS: Readonly<ConnectionOptions> = Object.freeze({
  url: null,
  token: null,
  tokenProvider: null,
  tokenKey: null,
  tokenParam: 'token',
  autoReconnect: true,
  reconnectInterval: 3000,
  maxReconnectDelay: 30000,
  maxReconnectAttempts: 10,
  sendQueueLimit: 100,
  random: Math.random,
  fetch: null,
  share: true,
  gapThreshold: DEFAULT_GAP_THRESHOLD,
  catchUp: null,
  knownMessages: null,
});

/** Close codes by which a server says the token is not accepted. */
export const AUTH_CLOSE_CODES: ReadonlySet<number> = new Set([1008, 4001, 4003, 4401, 4403]);

/** Consecutive attempts that never opened before the auth probe is asked. */
export const PROBE_AFTER_FAILED_OPENS = 2;
