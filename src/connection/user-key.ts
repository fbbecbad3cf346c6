import { tokenUser } from '../sharing/group-key.js';

/**
 * A stable, opaque name for one user's storage: a SHA-256 (32 hex digits) of the token's
 * user (its JWT payload's `sub`, else `user_id`, else `username`; decoded, not verified), or
 * of the token itself when it names none. Neither the token nor the user id can be read back
 * from it. Null outside secure contexts (no Web Crypto): nothing is stored there.
 */
export async function userKey(token: string): Promise<string | null> {
  // The user as tab sharing names it (its group key hashes it the same way).
  const user = tokenUser(token);
  const source = user === null ? `token:${token}` : `user:${user}`;
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source));
    return Array.from(new Uint8Array(digest, 0, 16), (byte) => (byte + 256).toString(16).slice(1)).join('');
  } catch {
    return null;
  }
}
