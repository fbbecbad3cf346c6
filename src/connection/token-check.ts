/** Why a token is not worth a handshake: the server would refuse it whatever the client does. */
export type TokenProblem = 'expired' | 'unusable';

/** `exp` this far in the past still gets sent: the client's clock may be wrong, and the probe catches the rest. */
export const EXPIRY_SKEW_MS = 5 * 60_000;

// The server's input validation (run before auth, on every query value) refuses these on
// every attempt with HTTP 400. Only the patterns a token can contain are checked here (its
// SQL-keyword rules need whitespace); base64url signatures hold `--` in about 1% of tokens.
const REFUSED_BY_VALIDATION = /--|\/\*|[#;&|`\0]|\$\(/;
const MAX_QUERY_VALUE_BYTES = 10_000;

/** The claims of a JWT (UTF-8 JSON), decoded but NOT verified; null for anything that is not one. Never throws. */
export function jwtPayload(token: string): Record<string, unknown> | null {
  try {
    const binary = atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const payload: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : null;
  } catch {
    // Not a JWT (an opaque token): nothing to say about it. The error would quote the token.
    return null;
  }
}

/**
 * A pure look at a token before it is sent: `unusable` when the server's input validation
 * always refuses it, `expired` when it is a JWT whose `exp` passed more than EXPIRY_SKEW_MS
 * ago, else null. Never throws and never logs (the token is a secret).
 */
export function checkToken(token: string, now = Date.now()): TokenProblem | null {
  // The server counts bytes of the decoded query value.
  if (REFUSED_BY_VALIDATION.test(token) || new TextEncoder().encode(token).length > MAX_QUERY_VALUE_BYTES) return 'unusable';
  const exp = jwtPayload(token)?.exp;
  return typeof exp === 'number' && exp * 1000 + EXPIRY_SKEW_MS < now ? 'expired' : null;
}
