import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ConnectionOptions } from '../connection/options.js';
import type { CloseDetail, ErrorDetail, OpenDetail } from '../connection/events.js';
import type { KnownMessageType, StreamSpaceMessage, StreamSpaceMessageDataMap } from '../protocol/messages.js';
import { connectionOf, useConnectionSource } from './connection-source.js';
import { connectionStore } from './connection-store.js';
import type { ConnectionState } from '../connection/events.js';
import { useLatest } from './latest.js';

export interface UseEnterpriseWebSocketOptions
  extends Partial<Pick<ConnectionOptions, 'url' | 'token' | 'tokenProvider' | 'autoReconnect' | 'reconnectInterval' | 'maxReconnectAttempts'>> {
  /** Every message, while this component is mounted. */
  onMessage?: (message: StreamSpaceMessage) => void;
  onOpen?: (event: CustomEvent<OpenDetail>) => void;
  onClose?: (event: CustomEvent<CloseDetail>) => void;
  onError?: (event: CustomEvent<ErrorDetail>) => void;
}

export interface UseEnterpriseWebSocketResult {
  isConnected: boolean;
  /** The newest message (listen with `useWebSocketEvent` to get every one of a batch). */
  lastMessage: StreamSpaceMessage | null;
  /** Sends JSON; false when it could be neither sent nor queued (up to 100 wait while not open). */
  sendMessage: (message: unknown) => boolean;
  reconnectAttempts: number;
  state: ConnectionState;
  connect: () => void;
  /** Reconnects now, with the attempt count reset. */
  reconnect: () => void;
  /** Closes the connection for every user of it, until `connect()` or `reconnect()`. */
  disconnect: () => void;
}

const CALLBACKS = [
  ['streamspace-open', 'onOpen'],
  ['streamspace-close', 'onClose'],
  ['streamspace-error', 'onError'],
] as const;

/**
 * The old hook's name and shape, without its socket: inside an `EnterpriseWebSocketProvider`
 * it uses the provider's connection; outside one, the page's `<streamspace-enterprise-ws>`,
 * else one connection shared by every hook of the page. Connection options apply only to
 * that shared connection (a provider's props configure its own).
 */
export function useEnterpriseWebSocket(options: UseEnterpriseWebSocketOptions = {}): UseEnterpriseWebSocketResult {
  const connection = connectionOf(useConnectionSource(options));
  const store = connectionStore(connection);
  const status = useSyncExternalStore(store.subscribeStatus, store.status, store.status);
  const lastMessage = useSyncExternalStore(store.subscribeMessages, store.lastMessage, store.lastMessage);
  const latest = useLatest(options);

  useEffect(() => {
    if (!connection) return;
    const stop = new AbortController();
    for (const [type, callback] of CALLBACKS) {
      connection.addEventListener(type, (event) => latest.current[callback]?.(event as never), { signal: stop.signal });
    }
    const unsubscribe = connection.subscribe((message) => latest.current.onMessage?.(message));
    return () => {
      stop.abort();
      unsubscribe();
    };
  }, [connection, latest]);

  const actions = useMemo(
    () => ({
      sendMessage: (message: unknown) => connection?.send(message) ?? false,
      connect: () => connection?.connect(),
      reconnect: () => connection?.reconnect(),
      disconnect: () => connection?.disconnect(),
    }),
    [connection],
  );
  return {
    isConnected: status.connected,
    lastMessage,
    reconnectAttempts: status.reconnectAttempts,
    state: status.state,
    ...actions,
  };
}

/** A message type's `data`: typed for the documented types. */
export type MessageData<T extends string> = T extends KnownMessageType ? StreamSpaceMessageDataMap[T] : Record<string, unknown>;

/**
 * Calls `handler(data, message)` for every message of `type` (`'*'`: all) while mounted and
 * `enabled`. The latest handler is called; there is one subscription per mount.
 */
export function useWebSocketEvent<T extends string>(
  type: T,
  handler: (data: MessageData<T>, message: StreamSpaceMessage) => void,
  enabled = true,
): void {
  const connection = connectionOf(useConnectionSource());
  const latest = useLatest(handler);
  useEffect(() => {
    if (!connection || !enabled) return;
    return connection.subscribe((message) => {
      if (type === '*' || message.type === type) latest.current(message.data as MessageData<T>, message);
    });
  }, [connection, type, enabled, latest]);
}

const typed =
  <T extends KnownMessageType>(type: T) =>
  (handler: (data: StreamSpaceMessageDataMap[T], message: StreamSpaceMessage) => void): void =>
    useWebSocketEvent(type, handler as (data: MessageData<T>, message: StreamSpaceMessage) => void);

export const useWebhookDeliveryEvents = typed('webhook.delivery');
export const useSecurityAlertEvents = typed('security.alert');
export const useScheduleEvents = typed('schedule.event');
export const useNodeHealthEvents = typed('node.health');
export const useScalingEvents = typed('scaling.event');
export const useComplianceViolationEvents = typed('compliance.violation');
export const useUserEvents = typed('user.event');
export const useGroupEvents = typed('group.event');
export const useQuotaEvents = typed('quota.event');
export const usePluginEvents = typed('plugin.event');
export const useTemplateEvents = typed('template.event');
export const useRepositoryEvents = typed('repository.event');
export const useIntegrationEvents = typed('integration.event');
