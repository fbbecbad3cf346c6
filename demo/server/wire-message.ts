import { formatGoTime } from './go-time.js';

/** A message as the Go backend's `WebSocketMessage` struct holds it. */
export interface WireMessage {
  type: string;
  /** Defaults to "now" in Go's RFC 3339 format. */
  timestamp?: string;
  /** `null` is what a Go nil map marshals to. */
  data: Record<string, unknown> | null;
}

// Go's json.Marshal escapes these for safe embedding in HTML; the client sees `\u003c`, not `<`.
const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * One line of a frame, byte-for-byte as `json.Marshal(WebSocketMessage)` writes it: struct
 * fields in declaration order (`type`, `timestamp`, `data`), map keys sorted, HTML characters
 * escaped. These characters can only occur inside JSON strings, so escaping the whole text is safe.
 */
export function encodeWireMessage(message: WireMessage, utcOffsetMinutes = 0): string {
  const data = message.data === null ? null : sortKeys(message.data);
  const ordered = { type: message.type, timestamp: message.timestamp ?? formatGoTime(undefined, utcOffsetMinutes), data };
  return JSON.stringify(ordered).replace(/[<>&\u2028\u2029]/g, (char) => GO_ESCAPES[char] ?? char);
}

// Go sorts the keys of every map, nested ones too. fromEntries keeps `__proto__` an own key.
function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortNested(value[key])]),
  );
}

function sortNested(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortNested);
  if (value !== null && typeof value === 'object') return sortKeys(value as Record<string, unknown>);
  return value;
}
