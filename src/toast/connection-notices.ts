import type { AuthFailureReason } from '../connection/events.js';

/** What to tell the user about a connection problem; `signIn`: a new sign-in would fix it. */
export interface ConnectionNotice {
  title: string;
  message: string;
  signIn: boolean;
}

const SIGN_IN = 'Sign in again to receive real-time updates.';

/**
 * The words for each `streamspace-auth-failed` reason. "Sign in again" only where a new token
 * helps; a disabled account is the administrator's to fix. Nothing from the event goes in.
 */
export const AUTH_FAILED_NOTICES: Readonly<Record<AuthFailureReason, ConnectionNotice>> = {
  refused: { title: 'Signed out', message: `Your session ended or was revoked. ${SIGN_IN}`, signIn: true },
  expired: { title: 'Session expired', message: SIGN_IN, signIn: true },
  unusable: { title: 'Sign-in not accepted', message: `The server cannot accept this sign-in token. ${SIGN_IN}`, signIn: true },
  forbidden: {
    title: 'Account disabled',
    message: 'Your account is disabled, so real-time updates are off. Contact your administrator.',
    signIn: false,
  },
};

/** The notice for `reason`; an unknown one (an older connection) reads as `refused`. */
export const authFailedNotice = (reason: unknown): ConnectionNotice =>
  AUTH_FAILED_NOTICES[reason as AuthFailureReason] ?? AUTH_FAILED_NOTICES.refused;

/**
 * Gave up although the token was accepted (`reason: 'handshake-refused'`): signing in would not
 * help, the server's configuration would, so this speaks to whoever runs it.
 */
export function handshakeRefusedMessage(origin = globalThis.location?.origin): string {
  const site = origin && origin !== 'null' ? origin : "this site's origin";
  return (
    `The server refused the connection; your sign-in is fine. Administrators: add ${site} to the ` +
    "server's allowed WebSocket origins (ALLOWED_WEBSOCKET_ORIGIN_1..3) and check that proxies pass WebSocket upgrades."
  );
}
