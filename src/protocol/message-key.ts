import type { StreamSpaceMessage } from './messages.js';

/**
 * What identifies a message in every tab: type, timestamp and data. The server stamps
 * nanoseconds, so the same message received by two tabs (each with its own socket), or
 * fetched again by a catch-up, has the same key, and two messages of one burst do not.
 */
export function messageKey({ type, timestamp, data }: StreamSpaceMessage): string {
  let json = '';
  try {
    json = JSON.stringify(data) ?? '';
  } catch {
    // Parsed JSON is never cyclic; page code calling in might be.
  }
  return `${type}\n${timestamp}\n${json}`;
}

