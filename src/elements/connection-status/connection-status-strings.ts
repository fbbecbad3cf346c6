/**
 * Every human-readable string the connection status pill renders or announces, so a page in
 * another language can replace them via `strings` (as the toast stack's `strings` do).
 */
export interface ConnectionStatusStrings {
  /** The socket is open. */
  live: string;
  /** An attempt is under way (or has not started yet). */
  connecting: string;
  /**
   * A retry is scheduled. `seconds` is the whole seconds left (0 once due); `maxAttempts`
   * may be `Infinity`. Re-rendered once a second, never announced.
   */
  reconnecting: (seconds: number, attempt: number, maxAttempts: number) => string;
  /** What the live region says while retrying: no countdown, no attempt number. */
  reconnectingStatus: string;
  /** No usable token. */
  signedOut: string;
  /** No usable token because the account is disabled (`streamspace-auth-failed` reason `forbidden`). */
  accountDisabled: string;
  /** Gave up retrying. */
  disconnected: string;
  /** The connection is closed, or the browser is offline. */
  offline: string;
  /** The button that retries at once while a retry is scheduled. */
  reconnectNow: string;
  /** The button that starts again after giving up. */
  retry: string;
  /** The sentence the live region announces for a state's text. */
  status: (text: string) => string;
}

export const defaultConnectionStatusStrings: ConnectionStatusStrings = {
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: (seconds, attempt, maxAttempts) =>
    `${seconds > 0 ? `Reconnecting in ${seconds} s` : 'Reconnecting…'} (attempt ${attempt}${Number.isFinite(maxAttempts) ? ` of ${maxAttempts}` : ''})`,
  reconnectingStatus: 'Reconnecting',
  signedOut: 'Signed out',
  accountDisabled: 'Account disabled',
  disconnected: 'Disconnected',
  offline: 'Offline',
  reconnectNow: 'Reconnect now',
  retry: 'Retry',
  status: (text) => `Connection status: ${text}`,
};
