import { createElement, type CSSProperties, type ReactNode, useRef, useState } from 'react';
import type { TokenProvider } from '../connection/token.js';
import type { StreamSpaceEnterpriseWs } from '../elements/enterprise-ws/enterprise-ws.js';
import type { DesktopNotificationMode } from '../elements/enterprise-ws/desktop-notifier.js';
import type { HistoryStorageMode } from '../history/types.js';
import type { MessageFormatter } from '../toast/toast-feed.js';
import { EnterpriseWebSocketContext } from './context.js';
import { useIsomorphicLayoutEffect } from './layout-effect.js';
import { splitProps, useElementProps } from './element-props.js';

export interface EnterpriseWebSocketProviderProps {
  children?: ReactNode;
  /** Toasts for events (the old prop's name); default true. */
  enableNotifications?: boolean;
  /** Default `ws(s)://{location.host}/api/v1/ws/enterprise`. */
  url?: string | null;
  token?: string | null;
  /** Asked before every connection attempt (token refresh). */
  tokenProvider?: TokenProvider | null;
  tokenKey?: string | null;
  autoReconnect?: boolean;
  reconnectInterval?: number;
  maxReconnectDelay?: number;
  maxReconnectAttempts?: number;
  /** false: this tab keeps a socket of its own instead of sharing the user's (docs/tabs.md). */
  share?: boolean;
  historyStorage?: HistoryStorageMode;
  /** Missed messages that make a gap worth a notice (docs/gaps.md). */
  gapThreshold?: number;
  desktopNotifications?: DesktopNotificationMode;
  formatter?: MessageFormatter | null;
  manual?: boolean;
  id?: string;
  className?: string;
  style?: CSSProperties;
}

const NO_EVENTS = {};

/**
 * Renders one `<streamspace-enterprise-ws>` around its children and gives them its
 * connection through React context (the old provider's name, also the default export).
 * Props become the element's properties, never attributes: the token stays out of the DOM.
 */
export function EnterpriseWebSocketProvider(props: EnterpriseWebSocketProviderProps) {
  const { enableNotifications, ...rest } = props;
  const ref = useRef<StreamSpaceEnterpriseWs>(null);
  const [element, setElement] = useState<StreamSpaceEnterpriseWs | null>(null);
  const { dom, own } = splitProps(rest as Record<string, unknown>, NO_EVENTS);
  useElementProps(ref, { ...own, notifications: enableNotifications }, NO_EVENTS, NO_EVENTS);
  useIsomorphicLayoutEffect(() => setElement(ref.current), []);
  return createElement(
    EnterpriseWebSocketContext.Provider,
    { value: element },
    createElement('streamspace-enterprise-ws', { ...dom, ref }),
  );
}
