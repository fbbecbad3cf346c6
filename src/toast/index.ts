export { ToastQueue } from './toast-queue.js';
export type { ToastPatch, ToastQueueOptions, ToastShowOutcome } from './toast-queue.js';
export { formatMessage, createFormatter } from './format-message.js';
export type { ToastFormatter } from './format-message.js';
export { ToastFeed, CONNECTION_TOAST_ID } from './toast-feed.js';
export type { MessageFormatter, ToastFeedOptions, ToastFeedSource, ToastSink } from './toast-feed.js';
export type * from './types.js';
