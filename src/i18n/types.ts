/**
 * The shape of a translation: every string a person sees or hears, grouped by who says it.
 * Functions take raw numbers and the server's (untranslated) text, and return the sentence.
 */
import type { AuthFailureReason } from '../connection/events.js';

/** A toast's severity (the toast model's `ToastSeverity`; named here so i18n sits below toast/). */
type ToastSeverity = 'info' | 'success' | 'warning' | 'error';

/** The words of the toast stack (`<streamspace-toast-stack>`'s `strings`). */
export interface ToastStrings {
  /** Severity label: read before the title and shown as the icon's meaning. */
  severity: Record<ToastSeverity, string>;
  /** Accessible name of the close button. */
  dismiss: (title: string) => string;
  /** The overflow line under the visible toasts. */
  more: (count: number) => string;
  /** Spoken form of the "×N" badge. */
  count: (count: number) => string;
  /** Accessible name of the stack's landmark. */
  region: string;
  /** One announcement for a burst of `count` toasts; `title` is set when they all share it. */
  burst: (count: number, urgent: boolean, title?: string) => string;
  /** Follows `burst(count, false)` when only some of a burst are alerts: ", 150 of them alerts". */
  alertsAmong: (alerts: number) => string;
}

/** The words of the connection status pill (`<streamspace-connection-status>`'s `strings`). */
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

/** The words of the notification center (`<streamspace-notification-center>`'s `strings`). */
export interface NotificationCenterStrings {
  /** The panel's heading, also its accessible name. */
  heading: string;
  /** The bell's accessible name. */
  bell: (unread: number) => string;
  markAllRead: string;
  clearAll: string;
  /** Takes the place of "Clear all" for a few seconds after it, to take it back. */
  undoClear: string;
  /** The filters' group name and the three filters. */
  filter: string;
  all: string;
  unread: string;
  alerts: string;
  /** Read before an unread entry. */
  unreadMarker: string;
  /** Severity label, read before the title. */
  severity: Record<ToastSeverity, string>;
  /** Accessible name of an entry's delete button. */
  delete: (title: string) => string;
  showMore: string;
  /** The button over a scrolled list when entries arrived. */
  newEntries: (count: number) => string;
  empty: string;
  enableDesktop: string;
  /** A gap in the list ([gaps.md](docs/gaps.md)): `span` is "18:02 – 08:55", formatted. */
  notConnected: (span: string) => string;
  /** Full frames from the server at `time`: its buffer overflowed. */
  overflow: (time: string) => string;
  /** A gap a catch-up filled with `count` notifications; `span` as in `notConnected` (a time for an overflow). */
  caughtUp: (count: number, span: string) => string;
}

/** The connection's own toasts (reconnecting, gave up, signed out) and desktop notifications. */
export interface NoticeStrings {
  /** Title and message of a `streamspace-auth-failed` toast, per reason. */
  authTitle: Record<AuthFailureReason, string>;
  signInAgain: string;
  contactAdmin: string;
  /** The server refuses the handshake although the token is fine; `origin` is this page's. */
  handshakeRefused: (origin: string) => string;
  connected: string;
  reconnected: string;
  serverRefused: string;
  connectionLost: string;
  cannotConnect: string;
  /** `maxAttempts` may be `Infinity`. */
  reconnecting: (attempt: number, maxAttempts: number) => string;
  unavailable: string;
  /** `attempts` is undefined when unknown. */
  gaveUp: (attempts?: number) => string;
  retry: string;
  /** The desktop notification of a burst: how many more arrived with the newest. */
  desktopMore: (count: number) => string;
  /** The one toast (and desktop notification) for what a catch-up brought, and its action, which opens the center. */
  caughtUp: (count: number) => string;
  openHistory: string;
}

/** A webhook delivery's status, a schedule's event, a node's news. */
export type WebhookStatus = 'success' | 'failed' | 'retrying';
export type ScheduleEvent = 'started' | 'completed' | 'failed';
export type NodeNews = 'unhealthy' | 'degraded' | 'recovered';

/**
 * The default toasts of the server's events. Ids and names (`delivery`, `node`...) are the
 * server's, '' when absent; `kind`, `action` and `error` are the server's words.
 */
export interface EventStrings {
  webhookTitle: Record<WebhookStatus, string>;
  webhook: (status: WebhookStatus, delivery: string, webhook: string) => string;
  securityTitle: (kind: string) => string;
  securityFallback: string;
  scheduleTitle: Record<ScheduleEvent, string>;
  schedule: (event: ScheduleEvent, schedule: string, session: string) => string;
  nodeTitle: Record<NodeNews, string>;
  /** `load` is the formatted "CPU 98 %, memory 93 %" list, '' when the server sent none. */
  node: (news: NodeNews, node: string, load: string) => string;
  cpu: string;
  memory: string;
  scalingTitle: Record<'success' | 'failed', string>;
  /** `error` is set when it failed (the server's text); `action` '' is a scaling without a name. */
  scaling: (action: string, policy: string, error?: string) => string;
  complianceTitle: string;
  compliance: (policy: string, violation: string) => string;
}

/**
 * A language's every string. `$code` is its BCP 47 tag (`de`, `pt-BR`), `$name` its own name,
 * `$dir` its direction. Missing keys are a type error; at run time they fall back key by key.
 */
export interface Translation {
  $code: string;
  $name: string;
  $dir: 'ltr' | 'rtl';
  toast: ToastStrings;
  status: ConnectionStatusStrings;
  center: NotificationCenterStrings;
  notices: NoticeStrings;
  events: EventStrings;
}

/** A language and its complete strings (every key, English where the translation has none). */
export interface Locale {
  lang: string;
  t: Translation;
}
