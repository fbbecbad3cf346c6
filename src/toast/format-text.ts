/** Small text helpers for turning server data into toast text. */

export const MAX_TITLE = 80;
export const MAX_MESSAGE = 300;
/** Names and ids (node names, alert types, delivery ids) quoted inside a sentence. */
export const MAX_NAME = 64;

// C0/C1 controls and the bidi embedding, override and isolate marks: a server string
// must not reorder the text around it ("Trojan Source") or smuggle in line breaks.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * A server value as one clean line of at most `max` characters (an ellipsis marks a
 * cut). Non-strings become text; null and undefined become ''.
 */
export function clip(value: unknown, max: number): string {
  if (value === undefined || value === null) return '';
  const raw = typeof value === 'string' ? value : String(value);
  const text = raw.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  // Do not split a surrogate pair at the cut.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** `failed_login` -> `Failed login`, `scale_up` -> `Scale up`. */
export function humanize(value: unknown, max = MAX_NAME): string {
  const text = clip(value, max).replace(/[_-]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : '';
}

/** `93.4` -> `93%`; anything that is not a finite number -> ''. */
export function percent(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value)}%` : '';
}

/** A string field of `data`, or '' when absent or not text-like. */
export function field(data: Record<string, unknown>, key: string, max = MAX_NAME): string {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? clip(value, max) : '';
}
