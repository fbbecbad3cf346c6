import { toSocketUrl } from '../endpoint-url.js';
import { jwtPayload } from '../token-check.js';
import { sha256Hex } from '../sha256-hex.js';

/** What makes two tabs one group: the same page origin, endpoint, token parameter and user. */
export interface GroupInputs {
  origin: string;
  /** The endpoint as configured; a token parameter in it is ignored. */
  url: string;
  tokenParam: string;
  token: string;
}

/**
 * The user a token names: its JWT payload's `sub`, else `user_id`, else `username`
 * (decoded, not verified: it only groups tabs, the server still checks the token).
 * null for anything else (not a JWT, a payload that is not JSON, no usable claim). Never throws.
 */
export function tokenUser(token: string): string | null {
  const payload = jwtPayload(token);
  for (const claim of ['sub', 'user_id', 'username']) {
    const value = payload?.[claim];
    if ((typeof value === 'string' && value) || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  }
  return null;
}

/**
 * The group id of a tab: SHA-256 (hex) of the origin, the endpoint without its token
 * parameter, the parameter's name, and the user (or, when the token names none, the token).
 * Everything is hashed together, so lock and channel names built from it carry neither the
 * token nor the user id. Never throws, never logs; resolves to null only without
 * `crypto.subtle` (insecure contexts, which have no Web Locks either).
 */
export async function groupKey({ origin, url, tokenParam, token }: GroupInputs): Promise<string | null> {
  let endpoint = url;
  try {
    const resolved = toSocketUrl(url, origin);
    resolved.searchParams.delete(tokenParam);
    endpoint = resolved.href;
  } catch {
    // An unparsable URL still groups by its text.
  }
  const user = tokenUser(token);
  return sha256Hex(JSON.stringify([origin, endpoint, tokenParam, user === null ? 'token' : 'user', user ?? token]));
}
