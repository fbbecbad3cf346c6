import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';

export interface IssueTokenOptions {
  /** Lifetime from now; default one hour. */
  ttlSeconds?: number;
  /**
   * Issue a token whose `exp` is already in the past: `true` an hour ago (a client sees it is
   * expired), a number that many seconds ago (within a client's clock-skew margin, it is sent).
   */
  expired?: boolean | number;
  /** Sign with a different secret, so the signature check fails. */
  wrongSecret?: boolean;
  role?: string;
  /**
   * About 1% of the real server's tokens contain `--`, which its own input validation refuses
   * on every attempt. This authority mints such a token only on request (`true`: minted again
   * until it does), so tests and the demo are deterministic; by default it mints again until
   * the token does not.
   */
  unusable?: boolean;
}

/** Who a verified token belongs to. */
export interface TokenSubject {
  userId: string;
  role: string;
}

/**
 * HS256 JWTs as the StreamSpace API issues and checks them (claims `user_id`, `username`,
 * `role`, plus `sub`, `iat`, `exp`, `jti`), with server-side revocation by token or by user.
 */
export class TokenAuthority {
  readonly #secret: Uint8Array;
  readonly #revokedIds = new Set<string>();
  readonly #idsByUser = new Map<string, Set<string>>();
  readonly #disabledUsers = new Set<string>();

  constructor(secret: string | Uint8Array = randomBytes(32)) {
    this.#secret = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  }

  async issue(userId: string, options: IssueTokenOptions = {}): Promise<string> {
    const wanted = Boolean(options.unusable);
    for (;;) {
      const token = await this.#sign(userId, options);
      if (token.includes('--') === wanted) return token;
    }
  }

  async #sign(userId: string, options: IssueTokenOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const ttl = options.ttlSeconds ?? 3600;
    const jti = randomUUID();
    const idsOfUser = this.#idsByUser.get(userId) ?? new Set<string>();
    idsOfUser.add(jti);
    this.#idsByUser.set(userId, idsOfUser);
    const expiredAgo = options.expired === true ? 3600 : options.expired || 0;
    const issuedAt = expiredAgo > 0 ? now - ttl - expiredAgo : now;
    return new SignJWT({ user_id: userId, username: userId, role: options.role ?? 'user' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer('streamspace')
      .setJti(jti)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttl)
      .sign(options.wrongSecret ? randomBytes(32) : this.#secret);
  }

  /** The subject of a valid, unexpired, unrevoked token; `null` for anything else. */
  async verify(token: string | null | undefined): Promise<TokenSubject | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.#secret, { algorithms: ['HS256'] });
      if (payload.jti && this.#revokedIds.has(payload.jti)) return null;
      const userId = typeof payload.user_id === 'string' ? payload.user_id : payload.sub;
      if (!userId) return null;
      return { userId, role: typeof payload.role === 'string' ? payload.role : 'user' };
    } catch {
      return null;
    }
  }

  /** A disabled account: its tokens still verify, and the auth middleware answers 403. */
  setDisabled(userId: string, disabled: boolean): void {
    if (disabled) this.#disabledUsers.add(userId);
    else this.#disabledUsers.delete(userId);
  }

  isDisabled(userId: string): boolean {
    return this.#disabledUsers.has(userId);
  }

  /** Revokes one token (a session ended server-side). Unreadable tokens are ignored. */
  revokeToken(token: string): void {
    try {
      const { jti } = decodeJwt(token);
      if (jti) this.#revokedIds.add(jti);
    } catch {
      // Not a JWT: it could never have been accepted anyway.
    }
  }

  /** Revokes every token issued so far to `userId`; tokens issued later are valid. */
  revokeUser(userId: string): void {
    for (const jti of this.#idsByUser.get(userId) ?? []) this.#revokedIds.add(jti);
    this.#idsByUser.delete(userId);
  }
}
