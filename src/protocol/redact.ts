/** Longest sample of a rejected line, in UTF-16 code units, the ellipsis included. */
export const MAX_SAMPLE_LENGTH = 200;

// Only a prefix is examined, so a rejected 2 MB line costs no more than a short one.
// Safe at any size: the window starts at 0, and a token it cuts is still redacted
// because the pattern matches a token's start alone.
const WINDOW = 1000;

// A JWT starts with base64url `{"` (`eyJ`); redact it with whatever segments follow,
// also when a cut leaves fewer than three.
const JWT_LIKE = /eyJ[\w-]*(?:\.[\w-]*){0,2}/g;

// C0/C1 controls, line and paragraph separators, bidi overrides and the BOM: they can
// rewrite or hide log lines, so they are shown escaped.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A short, safe excerpt of a rejected line for `streamspace-invalid-message`: at most
 * {@link MAX_SAMPLE_LENGTH} characters (ending in `…` when cut), JWT-shaped text
 * replaced by `[redacted]`, control characters escaped as `\uXXXX`.
 */
export function sampleOf(line: string): string {
  const text = line
    .slice(0, WINDOW)
    .replace(JWT_LIKE, '[redacted]')
    .replace(UNPRINTABLE, escapeChar);
  if (text.length <= MAX_SAMPLE_LENGTH && line.length <= WINDOW) return text;
  let end = Math.min(text.length, MAX_SAMPLE_LENGTH - 1);
  // Never leave half of a surrogate pair before the ellipsis.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
