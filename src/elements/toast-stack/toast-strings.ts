import type { ToastSeverity } from '../../toast/types.js';

/**
 * Every human-readable string the toast stack renders or announces, so a page in
 * another language (an RTL page is rarely English) can replace them via `strings`.
 */
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
}

export const defaultToastStrings: ToastStrings = {
  severity: { info: 'Information', success: 'Success', warning: 'Warning', error: 'Error' },
  dismiss: (title) => `Dismiss notification: ${title}`,
  more: (count) => `+${count} more`,
  count: (count) => `${count} times`,
  region: 'Notifications',
  burst: (count, urgent, title) =>
    `${count} new ${urgent ? 'alerts' : 'notifications'}${title ? `: ${title}` : ''}`,
};
