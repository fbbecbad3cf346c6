import type { ToastSeverity } from '../../toast/types.js';

/**
 * Every human-readable string the notification center renders, so a page in another
 * language can replace them via `strings`. Times are worded by `Intl.RelativeTimeFormat`
 * in the page's language.
 */
export interface NotificationCenterStrings {
  /** The panel's heading, also its accessible name. */
  heading: string;
  /** The bell's accessible name. */
  bell: (unread: number) => string;
  markAllRead: string;
  clearAll: string;
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
}

export const defaultNotificationCenterStrings: NotificationCenterStrings = {
  heading: 'Notifications',
  bell: (unread) => `Notifications, ${unread} unread`,
  markAllRead: 'Mark all read',
  clearAll: 'Clear all',
  filter: 'Show',
  all: 'All',
  unread: 'Unread',
  alerts: 'Alerts',
  unreadMarker: 'Unread',
  severity: { info: 'Information', success: 'Success', warning: 'Warning', error: 'Error' },
  delete: (title) => `Delete notification: ${title}`,
  showMore: 'Show more',
  newEntries: (count) => `${count} new`,
  empty: 'No notifications',
  enableDesktop: 'Enable desktop alerts',
};
