import type { GapReason } from '../connection/gap-tracker.js';
import type { ToastPriority, ToastSeverity } from '../toast/types.js';

/** One notification kept in the history: what its toast showed, and whether it was read. */
export interface HistoryEntry {
  /** The toast's id for messages about one entity (`node-health-node-7`), else derived from the message. */
  readonly id: string;
  /** The message's `type`, e.g. `security.alert`. */
  readonly type: string;
  readonly title: string;
  /** Plain text, never HTML. */
  readonly message: string;
  readonly severity: ToastSeverity;
  readonly priority: ToastPriority;
  /** The server's timestamp, in ms since the epoch. */
  readonly timestamp: number;
  readonly read: boolean;
}

/** `unread`: not read yet; `alerts`: severity `error` or `warning`. */
export type HistoryFilter = 'all' | 'unread' | 'alerts';

/** Where the history lives: IndexedDB, memory only, or nowhere. */
export type HistoryStorageMode = 'persistent' | 'session' | 'off';

/**
 * An entry as stored and sent between tabs: `key` names the message it came from
 * (type, timestamp and data), so the same message received by two tabs is one entry.
 */
export interface HistoryRecord extends HistoryEntry {
  readonly key: string;
}

/** A gap in the timeline (epoch ms): messages of that time may be missing; `filled` counts what a catch-up brought. */
export interface HistoryGap {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly reason: GapReason;
  /** Set once `catchUp` filled it: how many messages were new. */
  readonly filled?: number;
}

/**
 * Changes to apply together: records to put (merged with what is there), ids to delete,
 * or everything cleared first; gaps to put or delete. One IndexedDB transaction, one
 * cross-tab message.
 */
export interface HistoryBatch {
  clear?: boolean;
  put?: HistoryRecord[];
  delete?: string[];
  gaps?: HistoryGap[];
  deleteGaps?: string[];
}
