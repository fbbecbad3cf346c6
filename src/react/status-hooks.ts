import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { NotificationHistory } from '../history/notification-history.js';
import type { HistoryEntry } from '../history/types.js';
import { connectionOf, useConnectionSource } from './connection-source.js';
import { connectionStore, type ConnectionStatusSnapshot } from './connection-store.js';

/** `{state, connected, reconnectAttempts, nextReconnectAt, reason}`, re-rendering only when they change. */
export function useConnectionStatus(): ConnectionStatusSnapshot {
  const store = connectionStore(connectionOf(useConnectionSource()));
  return useSyncExternalStore(store.subscribeStatus, store.status, store.status);
}

export interface UseNotificationsResult {
  /** Newest first: what the toasts showed, with read state. */
  entries: readonly HistoryEntry[];
  unreadCount: number;
  markRead(id: string): void;
  markAllRead(): void;
  remove(id: string): void;
  clear(): void;
}

const NO_ENTRIES: readonly HistoryEntry[] = [];
const NOTHING = () => () => {};

/**
 * The notification history of the provider's (or the page's) `<streamspace-enterprise-ws>`,
 * kept per user as its `historyStorage` says. Without such an element (the hooks' shared
 * connection shows no toasts) there is no history: no entries, and the actions do nothing.
 */
export function useNotifications(): UseNotificationsResult {
  const source = useConnectionSource();
  const [history, setHistory] = useState<NotificationHistory | null>(null);
  // Read in an effect: the element creates its history on first use.
  useEffect(() => setHistory(source && 'history' in source ? source.history : null), [source]);
  const subscribe = useMemo(() => (history ? (onChange: () => void) => history.subscribe(onChange) : NOTHING), [history]);
  const read = () => history?.entries ?? NO_ENTRIES;
  const entries = useSyncExternalStore(subscribe, read, read);
  const actions = useMemo(
    () => ({
      markRead: (id: string) => void history?.markRead(id),
      markAllRead: () => void history?.markAllRead(),
      remove: (id: string) => void history?.delete(id),
      clear: () => history?.clear(),
    }),
    [history],
  );
  return { entries, unreadCount: history?.unreadCount ?? 0, ...actions };
}
