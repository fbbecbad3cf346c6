/**
 * streamspace-enterprise-ws: StreamSpace enterprise events as DOM events and accessible toasts.
 * Importing this module defines `<streamspace-enterprise-ws>` and `<streamspace-toast-stack>`.
 */
import './define.js';

export * from './protocol/index.js';
export * from './connection/index.js';
export * from './toast/index.js';
export * from './controllers/index.js';
export { StreamSpaceEnterpriseWs } from './elements/enterprise-ws.js';
export { StreamSpaceToastStack } from './elements/toast-stack.js';
export type { ToastTheme } from './elements/toast-stack.js';
export type { ToastShowDetail, ToastDismissDetail, ToastActionDetail } from './elements/toast-events.js';
