import { probeAuth } from './auth-probe.js';
import type { AuthFailureReason } from './events.js';
import { AUTH_CLOSE_CODES, PROBE_AFTER_FAILED_OPENS } from './options.js';
import { checkToken } from './token-check.js';
import { readStoredToken, resolveToken, tokenKeys, type TokenSources } from './token.js';

/** The server does not (or would not) take a token: the status or close code it answers, and why. */
export interface Refusal {
  code: number;
  reason: AuthFailureReason;
}

/** After a socket closed: refused, ask the probe why handshakes fail, or an ordinary drop (back off). */
export type AfterClose = Refusal | 'probe' | 'retry';

/** The probe's verdict: refused; the token is fine but handshakes are refused (reported once a streak); or nothing proven. */
export type ProbeVerdict = Refusal | 'handshake-refused' | 'retry';

/**
 * One connection's attempt and auth flow, from the real server's answers (PROTOCOL.md):
 * token → checks → dial → probe on failure → reason. It decides; the connection acts, and
 * drops answers that arrive for an attempt it has since replaced.
 *
 * Its memory lasts one failure streak (`forget()` on open and on a fresh start): how many
 * handshakes in a row never opened, the token last refused, whether a fresh token was
 * already asked for, whether `handshake-refused` was already reported.
 */
export class AuthFlow {
  /** The token the server refused last (a stored token equal to it is not worth a retry). */
  refusedToken: string | null = null;
  /** A probe showed the token is fine while handshakes fail. */
  handshakeRefused = false;
  /** Consecutive attempts whose socket never opened. */
  #failedOpens = 0;
  #freshTokenTried = false;
  readonly #sources: () => TokenSources;

  constructor(sources: () => TokenSources) {
    this.#sources = sources;
  }

  /** The token for the next attempt: explicit, else the provider's, else stored; null for none. */
  token(): Promise<string | null> {
    return resolveToken(this.#sources());
  }

  /** Before dialling: a token the server is bound to refuse costs it a handshake and the user a wait. */
  check(token: string, now = Date.now()): Refusal | null {
    const problem = checkToken(token, now);
    // Validation answers 400 before auth looks at the token; an expired one gets 401.
    return problem && { code: problem === 'expired' ? 401 : 400, reason: problem };
  }

  /** A socket closed with `code`, after opening or not. Every refused handshake is a 1006 to a browser: the probe tells them apart. */
  closed(code: number, opened: boolean): AfterClose {
    if (AUTH_CLOSE_CODES.has(code)) return { code, reason: 'refused' };
    return !opened && ++this.#failedOpens >= PROBE_AFTER_FAILED_OPENS ? 'probe' : 'retry';
  }

  /**
   * Asks the endpoint over HTTP (auth-probe.ts): 401 refused, 403 a disabled account, 400 the
   * token is fine and the handshake is refused for another reason (origin, proxy: only a server
   * change helps, so keep backing off). Anything else (no answer) proves nothing.
   */
  async probe(url: string, token: string, fetchImpl?: typeof fetch): Promise<ProbeVerdict> {
    const status = await probeAuth(url, token, fetchImpl);
    if (status === 401 || status === 403) return { code: status, reason: status === 401 ? 'refused' : 'forbidden' };
    if (status !== 400 || this.handshakeRefused) return 'retry';
    this.handshakeRefused = true;
    return 'handshake-refused';
  }

  /**
   * `token` was refused. Once a streak, asks for a fresh token: resolves to a different one to
   * try, or null. Null at once when it was asked already: wait for a new token, no retry.
   */
  fresh(token: string): Promise<string | null> | null {
    this.refusedToken = token;
    if (this.#freshTokenTried) return null;
    this.#freshTokenTried = true;
    return this.token().then((fresh) => {
      if (!fresh || fresh === token) return null;
      this.#failedOpens = 0;
      return fresh;
    });
  }

  /**
   * Another tab wrote or removed the stored token (`key`; null: storage cleared). `gone`: signed
   * out; `new`: a token other than the one refused, worth a fresh try. Only a token read from
   * storage is concerned: an explicit token or a provider wins over storage.
   */
  storageChanged(key: string | null): 'gone' | 'new' | null {
    const { token, tokenProvider, tokenKey } = this.#sources();
    if (token || tokenProvider) return null;
    const keys = tokenKeys(tokenKey);
    if (key !== null && !keys.includes(key)) return null;
    const stored = readStoredToken(keys);
    return !stored ? 'gone' : stored !== this.refusedToken ? 'new' : null;
  }

  /** A fresh start or an open: no probe debt, no refused token remembered. */
  forget(): void {
    this.#failedOpens = 0;
    this.#freshTokenTried = false;
    this.refusedToken = null;
    this.handshakeRefused = false;
  }
}
