/**
 * `streamspace-enterprise-ws/react`: the old StreamSpace UI provider and hooks, same names and
 * shapes, on the package's elements (one connection per page, not one per hook), plus
 * `useNotifications`, `useConnectionStatus` and components for the other elements. React is
 * an optional peer dependency (>= 18). Importing it defines the elements; nothing touches the
 * DOM before a component mounts, so server rendering works.
 */
import '../define.js';
import { EnterpriseWebSocketProvider } from './provider.js';

export { EnterpriseWebSocketProvider };
export default EnterpriseWebSocketProvider;
export type { EnterpriseWebSocketProviderProps } from './provider.js';
export { EnterpriseWebSocketContext } from './context.js';
export * from './hooks.js';
export { useConnectionStatus, useNotifications } from './status-hooks.js';
export type { UseNotificationsResult } from './status-hooks.js';
export type { ConnectionStatusSnapshot } from './connection-store.js';
export { ToastStack, NotificationCenter, ConnectionStatus } from './components.js';
export type { ElementComponentProps } from './components.js';
// The tags' JSX types come with this entry.
export type { StreamSpaceIntrinsicElements, StreamSpaceReactProps } from '../jsx/react.js';
export type { StreamSpaceTags, StreamSpaceTagName } from '../jsx/tags.js';
