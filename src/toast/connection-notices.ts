import type { AuthFailureReason } from '../connection/events.js';
import { en } from '../i18n/en.js';
import type { Translation } from '../i18n/types.js';

/** What to tell the user about a connection problem. */
export interface ConnectionNotice {
  title: string;
  message: string;
}

/**
 * The words for each `streamspace-auth-failed` reason, in `t`'s language: "Sign in again" only
 * where a new token helps; a disabled account is the administrator's to fix. An unknown reason
 * (an older connection) reads as `refused`. Nothing from the event goes in.
 */
export function authFailedNotice(reason: unknown, { notices }: Translation = en): ConnectionNotice {
  const known = Object.hasOwn(notices.authTitle, reason as string) ? (reason as AuthFailureReason) : 'refused';
  return { title: notices.authTitle[known], message: known === 'forbidden' ? notices.contactAdmin : notices.signInAgain };
}

/**
 * Gave up although the token was accepted (`reason: 'handshake-refused'`): signing in would not
 * help, the server's origin allow-list would, so this speaks to whoever runs it.
 */
export const handshakeRefusedMessage = ({ notices }: Translation = en, origin = globalThis.location?.origin ?? ''): string =>
  notices.handshakeRefused(origin);
