import { tokenUser } from './sharing/group-key.js';
import { sha256Hex } from './sha256-hex.js';

/**
 * A stable, opaque name for one user's storage: a SHA-256 (32 hex digits) of the token's
 * user (its JWT payload's `sub`, else `user_id`, else `username`; decoded, not verified), or
 * of the token itself when it names none. Neither the token nor the user id can be read back
 * from it. Null outside secure contexts (no Web Crypto): nothing is stored there.
 */
export async function userKey(token: string): Promise<string | null> {
  // The user as tab sharing names it (its group key hashes it the same way).
  const user = tokenUser(token);
  return sha256Hex(user === null ? `token:${token}` : `user:${user}`, 16);
}
