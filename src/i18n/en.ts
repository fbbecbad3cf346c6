import { plurals } from './plural.js';
import type { Translation } from './types.js';

const p = plurals('en');
const severity = { info: 'Information', success: 'Success', warning: 'Warning', error: 'Error' };

/** English: built in, and the fallback for any key a translation lacks. */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  toast: {
    severity,
    dismiss: (title) => `Dismiss notification: ${title}`,
    more: (n) => p(n, { other: '+# more' }),
    count: (n) => p(n, { other: '# times' }),
    region: 'Notifications',
    burst: (n, urgent, title) =>
      p(n, { one: urgent ? '# new alert' : '# new notification', other: urgent ? '# new alerts' : '# new notifications' }) +
      (title ? `: ${title}` : ''),
    alertsAmong: (n) => p(n, { one: ', # of them an alert', other: ', # of them alerts' }),
  },
  status: {
    live: 'Live',
    connecting: 'Connecting…',
    reconnecting: (seconds, attempt, max) =>
      `${seconds > 0 ? p(seconds, { other: 'Reconnecting in # s' }) : 'Reconnecting…'} (${p(attempt, { other: 'attempt #' })}${
        Number.isFinite(max) ? p(max, { other: ' of #' }) : ''
      })`,
    reconnectingStatus: 'Reconnecting',
    signedOut: 'Signed out',
    accountDisabled: 'Account disabled',
    disconnected: 'Disconnected',
    offline: 'Offline',
    reconnectNow: 'Reconnect now',
    retry: 'Retry',
    status: (text) => `Connection status: ${text}`,
  },
  center: {
    heading: 'Notifications',
    bell: (n) => p(n, { other: 'Notifications, # unread' }),
    markAllRead: 'Mark all read',
    clearAll: 'Clear all',
    undoClear: 'Undo',
    filter: 'Show',
    all: 'All',
    unread: 'Unread',
    alerts: 'Alerts',
    unreadMarker: 'Unread',
    severity,
    delete: (title) => `Delete notification: ${title}`,
    showMore: 'Show more',
    newEntries: (n) => p(n, { other: '# new' }),
    empty: 'No notifications',
    enableDesktop: 'Enable desktop alerts',
    notConnected: (span) => `Not connected ${span}: notifications from that time are not shown here`,
    overflow: (time) => `Some notifications around ${time} may be missing: the server was overloaded`,
    caughtUp: (n, span) => p(n, { one: `Caught up: # notification from ${span}`, other: `Caught up: # notifications from ${span}` }),
  },
  notices: {
    authTitle: { refused: 'Signed out', expired: 'Session expired', unusable: 'Sign-in not accepted', forbidden: 'Account disabled' },
    signInAgain: 'Sign in again to receive real-time updates.',
    contactAdmin: 'Contact your administrator to receive real-time updates.',
    handshakeRefused: (origin) =>
      `The server refused the connection; your sign-in is fine. Administrators: add ${origin} to ALLOWED_WEBSOCKET_ORIGIN_1..3.`,
    connected: 'Real-time updates connected',
    reconnected: 'Real-time updates reconnected',
    serverRefused: 'Server refused the connection',
    connectionLost: 'Connection lost',
    cannotConnect: 'Cannot connect',
    reconnecting: (attempt, max) => `Reconnecting… (${p(attempt, { other: 'attempt #' })}${Number.isFinite(max) ? p(max, { other: ' of #' }) : ''})`,
    unavailable: 'Real-time updates unavailable',
    gaveUp: (n) => (n === undefined ? 'Gave up reconnecting.' : p(n, { one: 'Gave up after # attempt.', other: 'Gave up after # attempts.' })),
    retry: 'Retry',
    desktopMore: (n) => p(n, { other: '(+# more)' }),
    caughtUp: (n) => p(n, { one: '# notification while you were away', other: '# notifications while you were away' }),
    openHistory: 'Open',
  },
  events: {
    webhookTitle: { success: 'Webhook delivered', failed: 'Webhook delivery failed', retrying: 'Retrying webhook delivery' },
    webhook: (status, delivery, webhook) =>
      `${delivery ? `Delivery #${delivery}` : 'A delivery'}${webhook ? ` to webhook #${webhook}` : ''} ${
        { success: 'succeeded', failed: 'failed', retrying: 'failed and is being retried' }[status]
      }.`,
    securityTitle: (kind) => `Security alert${kind && `: ${kind}`}`,
    securityFallback: 'A security event needs your attention.',
    scheduleTitle: { started: 'Scheduled session started', completed: 'Scheduled session completed', failed: 'Scheduled session failed' },
    schedule: (event, schedule, session) =>
      `${schedule ? `Schedule #${schedule}` : 'A schedule'} ${event}${
        event === 'started' ? ` ${session ? `session ${session}` : 'a session'}` : ''
      }.`,
    nodeTitle: { unhealthy: 'Node unhealthy', degraded: 'Node degraded', recovered: 'Node recovered' },
    node: (news, node, load) =>
      `${node ? `Node ${node}` : 'A node'} is ${news === 'recovered' ? 'healthy again' : news}${load && ` (${load})`}.`,
    cpu: 'CPU',
    memory: 'memory',
    scalingTitle: { success: 'Scaling succeeded', failed: 'Scaling failed' },
    scaling: (action, policy, error) =>
      `${action || 'Scaling'}${policy ? ` (policy ${policy})` : ''} ${error === undefined ? 'succeeded.' : `failed: ${error}`}`,
    complianceTitle: 'Compliance violation',
    compliance: (policy, violation) =>
      `${policy ? `Policy ${policy} was violated` : 'A compliance policy was violated'}${violation ? ` (violation #${violation})` : ''}.`,
  },
};
