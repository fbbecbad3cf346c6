import { expect } from '@open-wc/testing';
import { checkToken, EXPIRY_SKEW_MS, jwtPayload } from '../../src/connection/token-check.js';

const NOW = Date.UTC(2025, 10, 15, 10, 30);
const b64url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (payload: unknown, signature = 'c2lnbmF0dXJl') =>
  `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(typeof payload === 'string' ? payload : JSON.stringify(payload))}.${signature}`;
const expiringAt = (ms: number) => jwt({ sub: 'u1', exp: Math.floor(ms / 1000) });

describe('checkToken (before a token is sent)', () => {
  it('passes a valid JWT, and one that expired within the clock-skew margin', () => {
    expect(checkToken(expiringAt(NOW + 3600_000), NOW)).to.equal(null);
    expect(checkToken(expiringAt(NOW - EXPIRY_SKEW_MS + 1000), NOW)).to.equal(null);
  });

  it('calls a JWT expired only when its exp passed more than 5 minutes ago', () => {
    expect(EXPIRY_SKEW_MS).to.equal(5 * 60_000);
    expect(checkToken(expiringAt(NOW - EXPIRY_SKEW_MS - 1000), NOW)).to.equal('expired');
    expect(checkToken(expiringAt(NOW - 86_400_000), NOW)).to.equal('expired');
  });

  it('has no opinion on tokens without a numeric exp, or that are not JWTs', () => {
    expect(checkToken(jwt({ sub: 'u1' }), NOW)).to.equal(null);
    expect(checkToken(jwt({ exp: '1' }), NOW)).to.equal(null);
    expect(checkToken('opaque-session-token', NOW)).to.equal(null);
  });

  it('calls unusable what the server input validation always refuses', () => {
    // `--` appears in about 1% of base64url signatures.
    expect(checkToken(jwt({ sub: 'u1' }, 'abc--def'), NOW)).to.equal('unusable');
    for (const pattern of ['#', '/*', ';', '&', '|', '`', '$(', '\0']) {
      expect(checkToken(`abc${pattern}def`, NOW), JSON.stringify(pattern)).to.equal('unusable');
    }
    // One dash, a slash, `$` alone and base64 padding are fine.
    expect(checkToken('a-b_c/d+e$f=', NOW)).to.equal(null);
  });

  it('counts length in bytes, as the server does: over 10,000 is unusable', () => {
    expect(checkToken('a'.repeat(10_000), NOW)).to.equal(null);
    expect(checkToken('a'.repeat(10_001), NOW)).to.equal('unusable');
    // 5,001 two-byte characters: 10,002 bytes.
    expect(checkToken('é'.repeat(5_001), NOW)).to.equal('unusable');
  });

  it('an unusable token wins over an expired one (neither is sent)', () => {
    expect(checkToken(`${expiringAt(NOW - 86_400_000)}--`, NOW)).to.equal('unusable');
  });

  it('never throws and never logs, whatever the token', () => {
    const secret = 'secret-marker';
    const malformed = [
      '',
      '.',
      '..',
      `${secret}.`,
      `x.${secret}.y`,
      `x.${b64url('not json')}.${secret}`,
      `x.${b64url('null')}.${secret}`,
      `x.${b64url('42')}.${secret}`,
      `x.${b64url('{"exp":')}.${secret}`,
      `x.!!!${secret}!!!.y`,
      `x.${b64url('{"exp":1e999}')}.${secret}`,
      `x.${btoa('{"exp":1}')}.${secret}`,
      `x.${b64url('{"name":"\u00e9\u4e2d","exp":1}')}.${secret}`,
      '\ud800',
    ];
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    methods.forEach((method) => (console[method] = (...args: unknown[]) => logged.push(args)));
    try {
      for (const token of malformed) {
        expect(() => checkToken(token, NOW), token).not.to.throw();
        expect(() => jwtPayload(token), token).not.to.throw();
      }
    } finally {
      methods.forEach((method, i) => (console[method] = originals[i]!));
    }
    expect(logged).to.deep.equal([]);
    // Standard base64 padding and non-ASCII claims still decode.
    expect(checkToken(`x.${btoa('{"exp":1}')}.y`, NOW)).to.equal('expired');
    expect(checkToken(`x.${b64url('{"name":"\u00e9\u4e2d","exp":1}')}.y`, NOW)).to.equal('expired');
  });
});

describe('jwtPayload', () => {
  it('decodes the claims of a JWT without verifying it; null for anything else', () => {
    expect(jwtPayload(jwt({ sub: 'u1', user_id: 'u1', exp: 1 }))).to.deep.equal({ sub: 'u1', user_id: 'u1', exp: 1 });
    expect(jwtPayload(jwt({ sub: 'josé', name: '中文' }))).to.deep.equal({ sub: 'josé', name: '中文' });
    expect(jwtPayload('opaque')).to.equal(null);
    expect(jwtPayload(`x.${b64url('"a string"')}.y`)).to.equal(null);
  });
});
