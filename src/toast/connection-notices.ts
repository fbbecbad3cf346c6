import type { AuthFailureReason } from '../connection/events.js';

/** What to tell the user about a connection problem. */
export interface ConnectionNotice {
  title: string;
  message: string;
}

const SIGN_IN = 'Sign in again to receive real-time updates.';

/**
 * The words for each `streamspace-auth-failed` reason: "Sign in again" only where a new token
 * helps; a disabled account is the administrator's to fix. Nothing from the event goes in.
 */
export const AUTH_FAILED_NOTICES: Readonly<Record<AuthFailureReason, ConnectionNotice>> = {
  refused: { title: 'Signed out', message: SIGN_IN },
  expired: { title: 'Session expired', message: SIGN_IN },
  unusable: { title: 'Sign-in not accepted', message: SIGN_IN },
  forbidden: { title: 'Account disabled', message: 'Contact your administrator to receive real-time updates.' },
};

/** The notice for `reason`; an unknown one (an older connection) reads as `refused`. */
export const authFailedNotice = (reason: unknown): ConnectionNotice =>
  AUTH_FAILED_NOTICES[reason as AuthFailureReason] ?? AUTH_FAILED_NOTICES.refused;

/**
 * Gave up although the token was accepted (`reason: 'handshake-refused'`): signing in would not
 * help, the server's origin allow-list would, so this speaks to whoever runs it.
 */
export const handshakeRefusedMessage = (origin = globalThis.location?.origin): string =>
  `The server refused the connection; your sign-in is fine. Administrators: add ${origin} to ALLOWED_WEBSOCKET_ORIGIN_1..3.`;
