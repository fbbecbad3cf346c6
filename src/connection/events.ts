import type { KnownMessage, KnownMessageType, StreamSpaceMessage } from '../protocol/messages.js';
import type { RejectReason } from '../protocol/parse-frame.js';
import type { GapReason } from './gap-tracker.js';

/** The connection's state machine. */
export type ConnectionState =
  | 'idle'
  | 'unauthenticated'
  | 'connecting'
  | 'open'
  | 'reconnecting'
  | 'closed'
  | 'failed';

export type OpenDetail = Record<string, never>;
export interface ErrorDetail {
  /**
   * `handshake-refused`: once per failure streak, when the auth probe showed the token is fine
   * but handshakes keep failing. `catch-up-failed`: once per gap, when `catchUp` rejected or did
   * not answer in 15 s (it is tried again at the next open).
   */
  reason?: 'handshake-refused' | 'catch-up-failed';
}
export interface CloseDetail {
  code: number;
  reason: string;
  wasClean: boolean;
}
export interface ReconnectingDetail {
  /** 1-based number of the attempt that is scheduled. */
  attempt: number;
  /** ms until it starts. */
  delay: number;
  maxAttempts: number;
}
export interface StateDetail {
  state: ConnectionState;
  previous: ConnectionState;
}
export interface FailedDetail {
  attempts: number;
  /** `handshake-refused`: the token was fine; the server refused the connection for another reason (its origin allow-list, a proxy). */
  reason?: 'handshake-refused';
}
/**
 * Why a token cannot be used: `refused` (401 from the probe, or close code 1008, 4001, 4003,
 * 4401, 4403), `forbidden` (403: account disabled), `expired` (its `exp` passed; not sent),
 * `unusable` (the server's input validation always refuses it; not sent).
 */
export type AuthFailureReason = 'refused' | 'forbidden' | 'expired' | 'unusable';
export interface AuthFailedDetail {
  /** The probe's HTTP status (401, 403), the close code, or for a token never sent 401 (`expired`) / 400 (`unusable`). */
  code: number;
  reason: AuthFailureReason;
}
export interface InvalidMessageDetail {
  reason: RejectReason;
  /** At most 200 characters of the rejected line, with tokens redacted. */
  sample: string;
}

/** A gap: messages sent to this user between `from` and `to` may be missing (see `GapReason`). */
export interface GapDetail {
  from: Date;
  to: Date;
  reason: GapReason;
}
/** A gap was filled by `catchUp`: `messages` are the ones that were new (each also fired with `replayed: true`). */
export interface CatchUpDetail extends GapDetail {
  count: number;
  messages: StreamSpaceMessage[];
}

/** Lifecycle events: only the client fires them; a server message can never fake one. */
export interface StreamSpaceLifecycleEventMap {
  'streamspace-open': CustomEvent<OpenDetail>;
  'streamspace-close': CustomEvent<CloseDetail>;
  'streamspace-error': CustomEvent<ErrorDetail>;
  'streamspace-reconnecting': CustomEvent<ReconnectingDetail>;
  'streamspace-state': CustomEvent<StateDetail>;
  'streamspace-failed': CustomEvent<FailedDetail>;
  'streamspace-auth-failed': CustomEvent<AuthFailedDetail>;
  'streamspace-invalid-message': CustomEvent<InvalidMessageDetail>;
  'streamspace-gap': CustomEvent<GapDetail>;
  'streamspace-catch-up': CustomEvent<CatchUpDetail>;
}

export type LifecycleEventName = keyof StreamSpaceLifecycleEventMap;

export const LIFECYCLE_EVENTS: readonly LifecycleEventName[] = [
  'streamspace-open',
  'streamspace-close',
  'streamspace-error',
  'streamspace-reconnecting',
  'streamspace-state',
  'streamspace-failed',
  'streamspace-auth-failed',
  'streamspace-invalid-message',
  'streamspace-gap',
  'streamspace-catch-up',
];

/** One event per valid message: its own `type`, plus `streamspace-message` for all. */
export type StreamSpaceMessageEventMap = {
  [K in KnownMessageType]: CustomEvent<KnownMessage<K>>;
} & {
  'streamspace-message': CustomEvent<StreamSpaceMessage>;
};

export type StreamSpaceEventMap = StreamSpaceLifecycleEventMap & StreamSpaceMessageEventMap;

export interface PresentingDetail {
  /** See `StreamSpaceConnection.presenting`. */
  presenting: boolean;
}

/** The connection's events: the element's, plus `streamspace-presenting` (this tab's own, never mirrored). */
export type StreamSpaceConnectionEventMap = StreamSpaceEventMap & {
  'streamspace-presenting': CustomEvent<PresentingDetail>;
};
