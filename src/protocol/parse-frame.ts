import { isSafeEventType } from './event-type.js';
import type { StreamSpaceMessage } from './messages.js';
import { sampleOf } from './redact.js';
import { isRfc3339Timestamp } from './timestamp.js';

/** Why a line of a frame was not delivered as a message. */
export type RejectReason =
  /** The line is not JSON. */
  | 'invalid-json'
  /** JSON, but not an object (array, string, number, boolean, null). */
  | 'not-an-object'
  /** No `type`, or `type` is not a string. */
  | 'missing-type'
  /** `type` may not become a DOM event name (see `isSafeEventType`). */
  | 'unsafe-type'
  /** `data` is present but not an object; `null` is fine and becomes `{}`. */
  | 'invalid-data'
  /** `timestamp` is present but not an RFC 3339 string. */
  | 'invalid-timestamp'
  /** A binary frame; the whole frame is rejected. */
  | 'not-text';

export interface RejectedLine {
  reason: RejectReason;
  /** At most 200 characters of the line, tokens redacted (see `sampleOf`). */
  sample: string;
}

export interface ParsedFrame {
  /** The valid messages, in the order the server sent them. */
  messages: StreamSpaceMessage[];
  /** The rejected lines, in order. Blank lines are skipped, not rejected. */
  rejected: RejectedLine[];
}

const OPEN_BRACE = 0x7b;

const now = (): string => new Date().toISOString();

// The receipt time, read at most once per frame and only when a message lacks a timestamp.
class ReceiptTime {
  private value: string | undefined;
  constructor(private readonly read: () => string) {}
  get(): string {
    return (this.value ??= this.read());
  }
}

/**
 * Parses one WebSocket frame. The server batches queued messages into one text frame,
 * one JSON object per line, so each line is parsed and validated alone: a bad line is
 * reported in `rejected` and its neighbours are still delivered.
 *
 * Lines may end in `\r\n` and start with a BOM; blank lines are skipped. A delivered
 * message is a fresh `{type, timestamp, data}`: other top-level keys are dropped,
 * `data` is the parsed object itself (`null` or missing becomes `{}`), and
 * `timestamp` is kept exactly as sent, or set to `receivedAt()` when missing or null.
 */
export function parseFrame(frame: unknown, receivedAt: () => string = now): ParsedFrame {
  const result: ParsedFrame = { messages: [], rejected: [] };
  if (typeof frame !== 'string') {
    result.rejected.push({ reason: 'not-text', sample: describeNonText(frame) });
    return result;
  }
  const time = new ReceiptTime(receivedAt);
  let start = 0;
  let end = frame.indexOf('\n');
  if (end === -1) {
    // The usual case, one message per frame: no slicing at all.
    readLine(frame, result, time);
    return result;
  }
  while (end !== -1) {
    readLine(frame.slice(start, end), result, time);
    start = end + 1;
    end = frame.indexOf('\n', start);
  }
  readLine(frame.slice(start), result, time);
  return result;
}

function readLine(line: string, out: ParsedFrame, time: ReceiptTime): void {
  let text = line;
  // A server line starts with '{'; anything else may be blank, a lone '\r' or a BOM
  // (which `trim` removes). A trailing '\r' is JSON whitespace already.
  if (text.charCodeAt(0) !== OPEN_BRACE) {
    text = text.trim();
    if (text === '') return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    out.rejected.push({ reason: 'invalid-json', sample: sampleOf(line) });
    return;
  }
  const message = toMessage(value, time);
  if (typeof message === 'string') out.rejected.push({ reason: message, sample: sampleOf(line) });
  else out.messages.push(message);
}

/**
 * One decoded value (a line's JSON, or an item a page's `catchUp` returned) as a message, or
 * why it is not one: the same rules as a frame's lines.
 */
export function messageOf(value: unknown, receivedAt: () => string = now): StreamSpaceMessage | RejectReason {
  return toMessage(value, new ReceiptTime(receivedAt));
}

function toMessage(value: unknown, time: ReceiptTime): StreamSpaceMessage | RejectReason {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not-an-object';
  // JSON.parse defines `__proto__` and `constructor` keys as own data properties; the
  // parsed `data` is handed on as is, never merged into another object.
  const { type, data, timestamp } = value as Record<string, unknown>;
  if (typeof type !== 'string') return 'missing-type';
  if (!isSafeEventType(type)) return 'unsafe-type';
  if (data != null && (typeof data !== 'object' || Array.isArray(data))) return 'invalid-data';
  if (timestamp != null && (typeof timestamp !== 'string' || !isRfc3339Timestamp(timestamp))) {
    return 'invalid-timestamp';
  }
  return {
    type,
    timestamp: timestamp == null ? time.get() : timestamp,
    data: data == null ? {} : (data as Record<string, unknown>),
  };
}

// Never decoded: a binary frame's bytes could hold anything, a token included.
function describeNonText(frame: unknown): string {
  if (frame instanceof ArrayBuffer) return `[binary frame, ${frame.byteLength} bytes]`;
  if (ArrayBuffer.isView(frame)) return `[binary frame, ${frame.byteLength} bytes]`;
  if (typeof Blob !== 'undefined' && frame instanceof Blob) return `[binary frame, ${frame.size} bytes]`;
  return `[${frame === null ? 'null' : typeof frame} frame]`;
}
