/** Small text helpers for turning server data into toast text. */
import { text } from './toast-fields.js';

// C0/C1 controls and the bidi embedding, override and isolate marks: a server string
// must not reorder the text around it ("Trojan Source") or smuggle in line breaks.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\s]+/g;

/**
 * A server value as one clean line of at most `max` characters (an ellipsis marks a
 * cut). Non-strings become text; null and undefined become ''.
 */
export const clip = (value: unknown, max: number): string => cap(text(value).replace(UNSAFE, ' ').trim(), max);

/**
 * `line` cut to at most `max` characters, an ellipsis marking the cut; for a sentence built
 * from clipped server values and translated words, whose spacing (a French no-break space
 * before ":") must stay as the translation wrote it.
 */
export function cap(line: string, max: number): string {
  if (line.length <= max) return line;
  // Do not split a surrogate pair at the cut.
  const end = /[\ud800-\udbff]/.test(line[max - 2]!) ? max - 2 : max - 1;
  return `${line.slice(0, end).trimEnd()}…`;
}

/**
 * A name or id field of `data` (node name, delivery id...), capped for use inside a
 * sentence and in toast ids; '' when absent or not a string or number.
 */
export function field(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? clip(value, 64) : '';
}

/** `failed_login` -> `Failed login`, `scale_up` -> `Scale up`. */
export function humanize(value: unknown): string {
  const words = clip(value, 64).replace(/[_-]+/g, ' ').trim();
  return words && words[0].toUpperCase() + words.slice(1);
}
