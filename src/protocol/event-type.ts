import { KNOWN_MESSAGE_TYPES } from './messages.js';

/** Longest server-chosen name that may become a DOM event type. */
export const MAX_EVENT_TYPE_LENGTH = 128;

// Lowercase and dotted: no native DOM event (`click`, `error`, `message`) has a dot,
// so a server can never fire one on the page.
const SAFE_EVENT_TYPE = /^[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+$/;

// Almost every message has a documented type: a Set lookup spares the regex.
// `connection` is the one undotted name allowed (the server's welcome message).
const KNOWN_TYPES: ReadonlySet<string> = new Set<string>(['connection', ...KNOWN_MESSAGE_TYPES]);

/**
 * Whether a server-chosen message `type` may be dispatched as a DOM event name:
 * lowercase and dotted (`security.alert`, `acme.thing_happened`), at most
 * {@link MAX_EVENT_TYPE_LENGTH} characters, or exactly `connection`.
 */
export function isSafeEventType(type: string): boolean {
  if (KNOWN_TYPES.has(type)) return true;
  return type.length <= MAX_EVENT_TYPE_LENGTH && SAFE_EVENT_TYPE.test(type);
}
