import { expect } from '@open-wc/testing';
import { groupKey, tokenUser } from '../../src/connection/sharing/group-key.js';

/** An unsigned JWT with this payload (the group key decodes, never verifies). */
const jwt = (payload: unknown, signature = 'c2lnbmF0dXJl') => {
  const part = (value: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.${signature}`;
};

const ORIGIN = 'https://portal.example';
const URL_ = 'wss://api.example/api/v1/ws/enterprise';
const key = (token: string, overrides: Partial<Parameters<typeof groupKey>[0]> = {}) =>
  groupKey({ origin: ORIGIN, url: URL_, tokenParam: 'token', token, ...overrides });

describe('group key', () => {
  it('names the user by `sub`, else `user_id`, else `username`', () => {
    expect(tokenUser(jwt({ sub: 's1', user_id: 'u1', username: 'n1' }))).to.equal('s1');
    expect(tokenUser(jwt({ user_id: 'u1', username: 'n1' }))).to.equal('u1');
    expect(tokenUser(jwt({ user_id: 42 }))).to.equal('42');
    expect(tokenUser(jwt({ username: 'ñandú' }))).to.equal('ñandú');
    expect(tokenUser(jwt({ sub: '', user_id: 'u1' })), 'an empty claim does not count').to.equal('u1');
  });

  it('two tokens of one user (a refresh) give one group; two users two groups', async () => {
    const first = await key(jwt({ user_id: 'alice', jti: 'a', exp: 1 }));
    expect(first).to.match(/^[0-9a-f]{64}$/);
    expect(await key(jwt({ user_id: 'alice', jti: 'b', exp: 2 }, 'b3RoZXI'))).to.equal(first);
    expect(await key(jwt({ user_id: 'bob' }))).to.not.equal(first);
  });

  it('the origin, endpoint and token parameter are part of the group', async () => {
    const token = jwt({ sub: 'alice' });
    const base = await key(token);
    expect(await key(token, { origin: 'https://other.example' })).to.not.equal(base);
    expect(await key(token, { url: 'wss://api.example/other' })).to.not.equal(base);
    expect(await key(token, { tokenParam: 'jwt' })).to.not.equal(base);
    // The same endpoint written differently: relative, http(s), a token in the URL.
    expect(await key(token, { origin: 'https://api.example', url: '/api/v1/ws/enterprise' })).to.equal(
      await key(token, { origin: 'https://api.example' }),
    );
    expect(await key(token, { url: 'https://api.example/api/v1/ws/enterprise' })).to.equal(base);
    expect(await key(token, { url: `${URL_}?token=leaked` })).to.equal(base);
  });

  it('a token that is not a usable JWT groups by the token itself', async () => {
    const malformed = [
      'opaque-session-token',
      'a.b',
      'a.b.c.d',
      'e30.!!!not-base64!!!.sig',
      `e30.${btoa('not json')}.sig`,
      `e30.${btoa('null')}.sig`,
      `e30.${btoa('[1,2]')}.sig`,
      `e30.${btoa('42')}.sig`,
      jwt({ role: 'admin' }),
      jwt({ sub: null, user_id: {}, username: ['x'] }),
      jwt({ user_id: Infinity }),
      '',
      'x'.repeat(20_000),
    ];
    for (const token of malformed) {
      expect(tokenUser(token), token.slice(0, 40)).to.equal(null);
      const first = await key(token);
      expect(first, token.slice(0, 40)).to.match(/^[0-9a-f]{64}$/);
      expect(await key(token), 'stable').to.equal(first);
    }
    expect(await key('token-one')).to.not.equal(await key('token-two'));
    // A user named like a token does not join that token's group.
    expect(await key(jwt({ sub: 'opaque-session-token' }))).to.not.equal(await key('opaque-session-token'));
  });

  it('never throws, never logs, and the key carries neither token nor user', async () => {
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const saved = methods.map((name) => console[name]);
    methods.forEach((name) => (console[name] = (...args: unknown[]) => logged.push(args)));
    try {
      const token = jwt({ sub: 'alice@example.com' });
      const id = await key(token);
      expect(id).to.not.include('alice');
      expect(id).to.not.include(token.split('.')[1]!);
      expect(await key('x', { url: 'http://[broken' })).to.match(/^[0-9a-f]{64}$/);
      expect(await key('\u0000\ud800', { origin: '', url: '', tokenParam: '' })).to.match(/^[0-9a-f]{64}$/);
    } finally {
      methods.forEach((name, i) => (console[name] = saved[i]!));
    }
    expect(logged).to.deep.equal([]);
  });
});
