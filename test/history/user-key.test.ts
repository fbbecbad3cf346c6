import { expect } from '@open-wc/testing';
import { userKey } from '../../src/connection/user-key.js';
import { hash } from '../../src/history/history-record.js';

const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (payload: Record<string, unknown>) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.c2lnbmF0dXJl`;

describe('user key (names per-user storage)', () => {
  it('names the user from the JWT payload: sub, else user_id, else username', async () => {
    const key = (payload: Record<string, unknown>) => userKey(jwt(payload));
    expect(await key({ sub: 's-1', user_id: 'u-1', username: 'ann' })).to.equal(await key({ sub: 's-1', jti: 'other' }));
    expect(await key({ user_id: 42, username: 'ann' })).to.equal(await key({ user_id: 42 }));
    expect(await key({ username: 'ann' })).to.equal(await key({ username: 'ann', role: 'admin' }));
    expect(await key({ sub: 'ann' })).to.not.equal(await key({ sub: 'bob' }));
    // A JWT naming no user is keyed by the token itself.
    expect(await key({ role: 'admin' })).to.not.equal(await key({ role: 'admin', jti: 'x' }));
  });

  it('is a SHA-256 of the user: the same for every token of one user, never the token or the id', async () => {
    const first = await userKey(jwt({ user_id: 'alice', jti: 'session-1', exp: 1 }));
    const second = await userKey(jwt({ user_id: 'alice', jti: 'session-2', exp: 2 }));
    const bob = await userKey(jwt({ user_id: 'bob' }));
    expect(first).to.match(/^[0-9a-f]{32}$/);
    expect(second).to.equal(first);
    expect(bob).to.not.equal(first);
    expect(first).to.not.contain('alice');
  });

  it('hashes a token that names no user, so the name reveals nothing', async () => {
    const key = await userKey('opaque-token-value');
    expect(key).to.match(/^[0-9a-f]{32}$/);
    expect(key).to.not.contain('opaque');
    expect(await userKey('another-token')).to.not.equal(key);
  });

  it('hash is stable and spreads', () => {
    expect(hash('abc')).to.equal(hash('abc'));
    expect(hash('abc')).to.not.equal(hash('abd'));
    expect(new Set(Array.from({ length: 10_000 }, (_, i) => hash(`message ${i}`))).size).to.equal(10_000);
  });
});
