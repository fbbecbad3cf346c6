import type { StreamSpaceMessage } from './messages.js';
import { messageKey } from './message-key.js';

/** JSON with object keys sorted, so two sources that order keys differently agree. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${sortedJson(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A message's identity whatever the order of its `data` keys (the server's Go maps sort them; a
 * page's own source may not): `messageKey` with the data's keys sorted. Accepts a `messageKey`
 * too. What a catch-up compares with the history.
 */
export function messageIdentity(message: StreamSpaceMessage | string): string {
  if (typeof message !== 'string') return messageIdentity(messageKey(message));
  const [type, timestamp] = message.split('\n', 2) as [string, string];
  const json = message.slice(type.length + timestamp.length + 2);
  try {
    return `${type}\n${timestamp}\n${sortedJson(JSON.parse(json))}`;
  } catch {
    return message;
  }
}
