export type { NotificationHistory, NotificationHistoryOptions } from './notification-history.js';
export type { HistoryBackend, HistoryBinding } from './history-binding.js';
export type { HistoryStore } from './history-store.js';
export type * from './types.js';
