/**
 * streamspace-enterprise-ws: StreamSpace enterprise events as DOM events and accessible toasts.
 * Importing this module defines every element (see `define.ts`).
 */
import './define.js';

export * from './connection-entry.js';
export * from './toast/index.js';
export * from './controllers/index.js';
export { StreamSpaceEnterpriseWs } from './elements/enterprise-ws/enterprise-ws.js';
export { StreamSpaceToastStack } from './elements/toast-stack/toast-stack.js';
export type { ToastTheme } from './elements/toast-stack/toast-stack.js';
export type { ToastShowDetail, ToastDismissDetail, ToastActionDetail } from './elements/toast-stack/toast-events.js';
export { StreamSpaceConnectionStatus } from './elements/connection-status/connection-status.js';
export type { ConnectionStatusTheme } from './elements/connection-status/connection-status.js';
export type { ConnectionStatusStrings } from './elements/connection-status/connection-status-strings.js';
export * from './history/index.js';
export * from './i18n/index.js';
export { StreamSpaceNotificationCenter } from './elements/notification-center/notification-center.js';
export type {
  NotificationCenterPlacement,
  NotificationCenterTheme,
  NotificationClickDetail,
  UnreadChangeDetail,
} from './elements/notification-center/notification-center.js';
export type { NotificationCenterStrings } from './elements/notification-center/notification-center-strings.js';
export type { DesktopNotificationMode } from './elements/enterprise-ws/desktop-notifier.js';
