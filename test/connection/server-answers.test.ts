// How the connection reads the real server's answers (PROTOCOL.md "Endpoint and authentication"):
// tokens it must not send, the auth probe's 401/403/400 or no answer, and close code 1005.
// mock-socket stands in for the server, a stubbed fetch for the probe.
import { expect, waitUntil } from '@open-wc/testing';
import { StreamSpaceConnection } from '../../src/connection/connection.js';
import type { AuthFailedDetail, FailedDetail } from '../../src/connection/events.js';
import type { ConnectionOptions } from '../../src/connection/options.js';
import { type MockEndpoint, openSockets, probeStub, record, startMockEndpoint, tick } from '../helpers/mock-server.js';
import { connectionUnderTest } from '../helpers/state-invariants.js';

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (claims: Record<string, unknown>, signature = 'c2lnbmF0dXJl') => `${b64url('{"alg":"HS256"}')}.${b64url(JSON.stringify(claims))}.${signature}`;
const now = () => Math.floor(Date.now() / 1000);
const GOOD = jwt({ sub: 'u1', exp: now() + 3600 });
const GOOD_2 = jwt({ sub: 'u1', exp: now() + 7200 });
const EXPIRED = jwt({ sub: 'u1', exp: now() - 3600 });
const UNUSABLE = jwt({ sub: 'u1', exp: now() + 3600 }, 'ab--cd');

describe('StreamSpaceConnection and the real server', () => {
  let endpoint: MockEndpoint;
  // Every test also checks that the state never contradicts the lifecycle events.
  const underTest = connectionUnderTest();
  /** Upgrade attempts the (refusing) mock server saw. */
  let handshakes = 0;

  const refusingServer = () => {
    endpoint.stop();
    endpoint = startMockEndpoint({ accept: () => (handshakes++, false) });
  };

  const create = (options: Partial<ConnectionOptions> = {}) =>
    underTest(new StreamSpaceConnection({ url: endpoint.url, token: GOOD, reconnectInterval: 1, maxReconnectDelay: 2, random: () => 0.5, ...options }));

  beforeEach(() => {
    localStorage.clear();
    handshakes = 0;
    endpoint = startMockEndpoint();
  });

  afterEach(() => {
    endpoint.stop();
    localStorage.clear();
  });

  describe('tokens not worth sending', () => {
    it('an expired JWT is not sent: auth-failed {401, expired}, no socket, no probe', async () => {
      const stub = probeStub(400);
      const conn = create({ token: EXPIRED, fetch: stub.fetch });
      const states = record<{ state: string }>(conn, 'streamspace-state');
      const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => authFailed.length === 1);
      expect(authFailed).to.deep.equal([{ code: 401, reason: 'expired' }]);
      expect(conn.state).to.equal('unauthenticated');
      expect(states.map((s) => s.state)).to.deep.equal(['connecting', 'unauthenticated']);
      await tick(50);
      expect(endpoint.tokens).to.deep.equal([]);
      expect(stub.urls).to.deep.equal([]);
      // A new token set by the page connects.
      conn.configure({ token: GOOD });
      await waitUntil(() => conn.connected);
      expect(endpoint.tokens).to.deep.equal([GOOD]);
    });

    it('asks the provider once for a fresh token instead, and sends only that one', async () => {
      const given = [EXPIRED, GOOD];
      let asked = 0;
      const conn = create({ token: null, tokenProvider: () => given[asked++] ?? GOOD });
      const authFailed = record(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => conn.connected);
      expect(asked).to.equal(2);
      expect(endpoint.tokens).to.deep.equal([GOOD]);
      expect(authFailed).to.deep.equal([]);
    });

    it('a token the server validation refuses (`--`) is not sent: auth-failed {400, unusable} after one fresh try', async () => {
      let asked = 0;
      const conn = create({ token: null, tokenProvider: () => (asked++, UNUSABLE) });
      const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => authFailed.length === 1);
      expect(authFailed).to.deep.equal([{ code: 400, reason: 'unusable' }]);
      expect(asked).to.equal(2);
      expect(conn.state).to.equal('unauthenticated');
      await tick(50);
      expect(endpoint.tokens).to.deep.equal([]);
      expect(asked).to.equal(2);
    });

    it('from storage: an unusable stored token waits for a new one from another tab', async () => {
      localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: UNUSABLE }, version: 0 }));
      const conn = create({ token: null });
      const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => authFailed.length === 1);
      expect(authFailed[0]!.reason).to.equal('unusable');
      // The same value again (another tab rewrote it) changes nothing.
      window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace-auth' }));
      await tick(30);
      expect(conn.state).to.equal('unauthenticated');
      localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: GOOD }, version: 0 }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace-auth' }));
      await waitUntil(() => conn.connected);
      expect(endpoint.tokens).to.deep.equal([GOOD]);
    });

    it('an exp within the 5-minute skew margin is still sent (the server decides)', async () => {
      const conn = create({ token: jwt({ sub: 'u1', exp: now() - 120 }) });
      conn.connect();
      await waitUntil(() => conn.connected);
      expect(endpoint.tokens).to.have.length(1);
    });
  });

  describe('the auth probe after handshakes that never open', () => {
    it('403 (account disabled): auth-failed {403, forbidden} after asking once for a fresh token; two handshakes', async () => {
      refusingServer();
      const stub = probeStub(403);
      let asked = 0;
      const conn = create({ token: null, tokenProvider: () => (asked++, GOOD), fetch: stub.fetch });
      const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => authFailed.length === 1);
      expect(authFailed).to.deep.equal([{ code: 403, reason: 'forbidden' }]);
      expect(conn.state).to.equal('unauthenticated');
      // Before each of the two attempts, then once for a fresh token.
      expect(asked).to.equal(3);
      expect(handshakes).to.equal(2);
      expect(stub.urls).to.have.length(1);
      expect(stub.urls[0]).not.to.contain('token');
      expect(stub.authorizations).to.deep.equal([`Bearer ${GOOD}`]);
      await tick(80);
      expect(handshakes).to.equal(2);
    });

    it('401 with a different fresh token: that one gets its own two handshakes, then auth-failed {401, refused}', async () => {
      refusingServer();
      // The provider hands out GOOD until the probe's refusal asks for a fresh token.
      const given = [GOOD, GOOD];
      const conn = create({ token: null, tokenProvider: () => given.shift() ?? GOOD_2, fetch: probeStub(401).fetch });
      const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => authFailed.length === 1);
      expect(authFailed).to.deep.equal([{ code: 401, reason: 'refused' }]);
      expect(handshakes).to.equal(4);
      await tick(80);
      expect(handshakes).to.equal(4);
    });

    it('400 (token fine, handshake refused, e.g. origin): error {handshake-refused} once, keeps backing off, failed carries the reason', async () => {
      refusingServer();
      const stub = probeStub(400);
      const conn = create({ maxReconnectAttempts: 4, fetch: stub.fetch });
      const errors = record<{ reason?: string }>(conn, 'streamspace-error');
      const scheduled = record<{ attempt: number }>(conn, 'streamspace-reconnecting');
      const failed = record<FailedDetail>(conn, 'streamspace-failed');
      const authFailed = record(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => conn.state === 'failed', 'never failed', { timeout: 3000 });
      expect(errors.filter((e) => e.reason === 'handshake-refused')).to.have.length(1);
      expect(scheduled.map((s) => s.attempt)).to.deep.equal([1, 2, 3, 4]);
      expect(failed).to.deep.equal([{ attempts: 4, reason: 'handshake-refused' }]);
      expect(authFailed).to.deep.equal([]);
      expect(handshakes).to.equal(5);
      expect(stub.authorizations.every((header) => header === `Bearer ${GOOD}`)).to.equal(true);
      expect(stub.urls.some((url) => url.includes(GOOD))).to.equal(false);
    });

    it('handshake-refused is reported once per failure streak: again after an open and a new streak', async () => {
      let refuse = true;
      endpoint.stop();
      endpoint = startMockEndpoint({ accept: () => !refuse });
      const conn = create({ maxReconnectAttempts: Infinity, fetch: probeStub(400).fetch });
      const refusedErrors = () => errors.filter((e) => e.reason === 'handshake-refused').length;
      const errors = record<{ reason?: string }>(conn, 'streamspace-error');
      conn.connect();
      await waitUntil(() => refusedErrors() === 1);
      refuse = false;
      await waitUntil(() => conn.connected);
      refuse = true;
      endpoint.server.clients()[0]!.close({ code: 1006, reason: '', wasClean: false });
      await waitUntil(() => refusedErrors() === 2);
      await tick(50);
      expect(refusedErrors()).to.equal(2);
    });

    for (const answer of ['no-answer', 500, 404] as const) {
      it(`a probe with ${answer === 'no-answer' ? 'no answer (CORS, offline)' : `status ${answer}`} proves nothing: keeps retrying, never auth-failed`, async () => {
        refusingServer();
        const stub = probeStub(answer);
        const conn = create({ maxReconnectAttempts: 3, fetch: stub.fetch });
        const errors = record<{ reason?: string }>(conn, 'streamspace-error');
        const failed = record<FailedDetail>(conn, 'streamspace-failed');
        const authFailed = record(conn, 'streamspace-auth-failed');
        conn.connect();
        await waitUntil(() => conn.state === 'failed', 'never failed', { timeout: 3000 });
        expect(failed).to.deep.equal([{ attempts: 3 }]);
        expect(authFailed).to.deep.equal([]);
        expect(errors.some((e) => e.reason)).to.equal(false);
        expect(handshakes).to.equal(4);
        expect(stub.urls.length).to.be.greaterThan(0);
      });
    }
  });

  it('close code 1005 (the server dropped a slow client) is an ordinary drop: reconnects', async () => {
    const stub = probeStub(401);
    const conn = create({ fetch: stub.fetch });
    const authFailed = record(conn, 'streamspace-auth-failed');
    const scheduled = record(conn, 'streamspace-reconnecting');
    conn.connect();
    await waitUntil(() => conn.connected);
    endpoint.server.clients()[0]!.close({ code: 1005, reason: '', wasClean: true });
    await waitUntil(() => scheduled.length === 1);
    await waitUntil(() => conn.connected);
    expect(authFailed).to.deep.equal([]);
    expect(stub.urls).to.deep.equal([]);
    expect(endpoint.tokens).to.deep.equal([GOOD, GOOD]);
    expect(openSockets(endpoint)).to.equal(1);
  });
});
