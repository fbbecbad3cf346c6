import { messageKey } from '../protocol/message-key.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';
import { defaultPriority, isPriority, text } from '../toast/toast-fields.js';
import type { ToastOptions, ToastSeverity } from '../toast/types.js';
import type { HistoryRecord } from './types.js';

export { messageKey };

const SEVERITIES: readonly string[] = ['info', 'success', 'warning', 'error'];

/**
 * A 53-bit string hash (cyrb53) for the ids of messages that name no entity: fast, stable
 * in every tab, not a secret-keeping hash.
 */
export function hash(value: string): string {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (4294967296 * (2097151 & b) + (a >>> 0)).toString(36);
}

/**
 * The history record of a message and the toast the formatter made of it: the toast's id
 * when it names an entity (so later messages about it update the entry), else one derived
 * from the message. A timestamp that does not parse counts as `now`.
 */
export function recordOf(message: StreamSpaceMessage, toast: ToastOptions, now: number): HistoryRecord {
  const key = messageKey(message);
  const severity = (SEVERITIES.includes(toast.severity!) ? toast.severity : 'info') as ToastSeverity;
  const time = Date.parse(message.timestamp);
  return {
    id: toast.id ? text(toast.id) : `m-${hash(key)}`,
    key,
    type: text(message.type),
    title: text(toast.title),
    message: text(toast.message),
    severity,
    priority: isPriority(toast.priority) ? toast.priority : defaultPriority(severity),
    timestamp: Number.isFinite(time) ? time : now,
    read: false,
  };
}

/** A stored or received value as a record, or null when its shape is not one (skipped, never thrown). */
export function asRecord(value: unknown): HistoryRecord | null {
  const r = value as HistoryRecord | null;
  const strings = r && typeof r === 'object' && [r.id, r.key, r.type, r.title, r.message].every((s) => typeof s === 'string');
  if (!strings || !r.id || !SEVERITIES.includes(r.severity) || !isPriority(r.priority)) return null;
  if (!Number.isFinite(r.timestamp) || typeof r.read !== 'boolean') return null;
  // A copy: whatever else the value carried stays behind.
  const { id, key, type, title, message, severity, priority, timestamp, read } = r;
  return { id, key, type, title, message, severity, priority, timestamp, read };
}

/**
 * Which of two versions of one entry wins, the same way in every tab and in storage: for
 * the same message, the read one (read is never undone); else the newer message. Returns
 * `current` itself when it wins, so callers see "no change" by identity.
 */
export function merge(current: HistoryRecord | undefined, next: HistoryRecord): HistoryRecord {
  if (!current) return next;
  if (current.key === next.key) return next.read && !current.read ? next : current;
  return next.timestamp > current.timestamp || (next.timestamp === current.timestamp && next.key > current.key) ? next : current;
}
