// Payloads and results of the `streamspace-endpoint-*` server commands (test/endpoint-commands.ts),
// shared by the node-side plugin and browser tests. Type-only imports: nothing here runs in Node.
import type { BroadcastApi, BroadcastMethod } from '../../demo/server/broadcast.js';
import type { WireMessage } from '../../demo/server/wire-message.js';
import type { EndpointStats } from '../../demo/server/endpoint-types.js';

export type { BroadcastMethod, EndpointStats, WireMessage };

/** Argument tuples of each Go-style broadcast helper. */
export type BroadcastArgs = { [M in BroadcastMethod]: Parameters<BroadcastApi[M]> };

export interface EndpointStartPayload {
  /** Replaces the default WebSocket allow-list (the test page's own origins). */
  allowedOrigins?: string[];
  /** Replaces the default CORS list for plain requests (the test page's own origins); [] blocks the probe. */
  corsOrigins?: string[];
  pingIntervalMs?: number;
  pongWaitMs?: number;
  sendBufferSize?: number;
  utcOffsetMinutes?: number;
}

export interface EndpointStartResult {
  id: string;
  /** `ws://127.0.0.1:PORT/api/v1/ws/enterprise` */
  url: string;
  /** The same path over HTTP (auth probes). */
  httpUrl: string;
}

export interface EndpointRef {
  id: string;
}

export interface EndpointTokenPayload extends EndpointRef {
  userId: string;
  ttlSeconds?: number;
  /** `true`: expired an hour ago; a number: that many seconds ago. */
  expired?: boolean | number;
  wrongSecret?: boolean;
  /** Valid, but contains `--`: the server's input validation refuses it. */
  unusable?: boolean;
}

export type EndpointBroadcastPayload = {
  [M in BroadcastMethod]: EndpointRef & { method: M; args: BroadcastArgs[M] };
}[BroadcastMethod];

/** Generic delivery: to one user, or to everyone when `userId` is null. */
export interface EndpointSendPayload extends EndpointRef {
  userId: string | null;
  message: WireMessage;
}

/** Several messages queued in one go, so the writer batches them into newline-joined frames. */
export interface EndpointBurstPayload extends EndpointRef {
  userId: string | null;
  messages: WireMessage[];
}

/** A frame written exactly as given (malformed-input tests); to everyone when `userId` is absent. */
export interface EndpointRawPayload extends EndpointRef {
  userId?: string | null;
  frame: string;
}

export interface EndpointDropPayload extends EndpointRef {
  /** A clean close with this code; absent: an abrupt drop (1006). */
  code?: number;
  reason?: string;
}

export interface EndpointStallPayload extends EndpointRef {
  stalled: boolean;
}

export type EndpointRevokePayload = EndpointRef & ({ userId: string } | { token: string });

export interface EndpointDisablePayload extends EndpointRef {
  userId: string;
  disabled: boolean;
}

export interface EndpointOriginsPayload extends EndpointRef {
  /** The new WebSocket allow-list; absent: the test page's own origins again. */
  allowedOrigins?: string[];
}

export interface EndpointUserPayload extends EndpointRef {
  userId: string;
}

export interface ListResult<T> {
  items: T[];
}

export interface EndpointClientsPayload extends EndpointRef {
  userId?: string;
}

/** A node-side upgrade attempt with a chosen `Origin` (browsers cannot set it). */
export interface EndpointOriginProbePayload extends EndpointRef {
  origin: string;
  /** Sent as `?token=`. */
  token: string;
  /** An `Authorization` header to send as well. */
  authorization?: string;
}

export interface DeliveredResult {
  /** Connections the message or frame was queued for (for a burst: summed over its messages). */
  delivered: number;
}

export interface CountResult {
  count: number;
}

export interface StatusResult {
  /** HTTP status of the refused upgrade, or 101 when it succeeded. */
  status: number;
  /** The refusal's body ('' when none, or upgraded). */
  body?: string;
}
