// `sharing` says what a tab holds (DESIGN.md "One socket per browser"): `leader` only while it
// holds its group's Web Lock, `follower` only in a group another tab leads, `off` for a tab in
// no group, whatever the reason: sharing off, refused before it ever joined one, refused by
// the probe or a close code, disconnected. A lone tab here: mock-socket for the server, a
// stubbed fetch for the probe, navigator.locks.query() for the lock itself.
import { expect, waitUntil } from '@open-wc/testing';
import { StreamSpaceConnection } from '../../src/connection/connection.js';
import type { AuthFailedDetail } from '../../src/connection/events.js';
import type { ConnectionOptions } from '../../src/connection/options.js';
import { groupKey } from '../../src/connection/sharing/group-key.js';
import { type MockEndpoint, probeStub, record, startMockEndpoint, tick } from '../helpers/mock-server.js';
import { connectionUnderTest } from '../helpers/state-invariants.js';

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (claims: Record<string, unknown>, signature = 'c2lnbmF0dXJl') => `${b64url('{"alg":"HS256"}')}.${b64url(JSON.stringify(claims))}.${signature}`;
const now = () => Math.floor(Date.now() / 1000);
const GOOD = jwt({ sub: 'u1', exp: now() + 3600 });
const EXPIRED = jwt({ sub: 'u1', exp: now() - 3600 });
const UNUSABLE = jwt({ sub: 'u1', exp: now() + 3600 }, 'ab--cd');

describe('sharing: what a lone tab reports', () => {
  let endpoint: MockEndpoint;
  const underTest = connectionUnderTest();

  const create = (options: Partial<ConnectionOptions> = {}) =>
    underTest(new StreamSpaceConnection({ url: endpoint.url, token: GOOD, reconnectInterval: 1, maxReconnectDelay: 2, random: () => 0.5, ...options }));

  /** Whether this page holds the group lock of `token`'s user on the endpoint. */
  const holdsGroupLock = async (token: string) => {
    const name = `streamspace-ws:${await groupKey({ origin: location.origin, url: endpoint.url, tokenParam: 'token', token })}`;
    const { held = [] } = await navigator.locks.query();
    return held.some((lock) => lock.name === name);
  };

  /** Every value `sharing` had at each state change. */
  const sharingAtEachState = (conn: StreamSpaceConnection) => {
    const seen: string[] = [];
    conn.addEventListener('streamspace-state', () => seen.push(`${conn.state}:${conn.sharing}`));
    return seen;
  };

  beforeEach(() => {
    localStorage.clear();
    endpoint = startMockEndpoint();
  });

  afterEach(() => {
    endpoint.stop();
    localStorage.clear();
  });

  it('open alone: leader, holding the group lock; disconnected: off, the lock released', async () => {
    const conn = create();
    expect(conn.sharing).to.equal('off');
    conn.connect();
    await waitUntil(() => conn.connected);
    expect(conn.sharing).to.equal('leader');
    expect(await holdsGroupLock(GOOD)).to.equal(true);
    conn.disconnect();
    expect(conn.sharing).to.equal('off');
    await waitUntil(async () => !(await holdsGroupLock(GOOD)), 'the lock is still held');
  });

  for (const [name, token, reason] of [
    ['expired', EXPIRED, 'expired'],
    ['unusable (`--`)', UNUSABLE, 'unusable'],
  ] as const) {
    it(`refused before it ever connects (${name} token): off throughout, never follower`, async () => {
      const conn = create({ token });
      const seen = sharingAtEachState(conn);
      const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => authFailed.length === 1);
      expect(authFailed[0]!.reason).to.equal(reason);
      expect(conn.state).to.equal('unauthenticated');
      expect(conn.sharing).to.equal('off');
      expect(seen).to.deep.equal(['connecting:off', 'unauthenticated:off']);
      expect(await holdsGroupLock(token)).to.equal(false);
      // A usable token: it joins its group and leads it.
      conn.configure({ token: GOOD });
      await waitUntil(() => conn.connected);
      expect(conn.sharing).to.equal('leader');
    });
  }

  for (const status of [401, 403]) {
    it(`refused by the probe (${status}): leader while trying, off once refused, the lock released`, async () => {
      endpoint.stop();
      endpoint = startMockEndpoint({ accept: () => false });
      const conn = create({ fetch: probeStub(status).fetch });
      const seen = sharingAtEachState(conn);
      const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
      conn.connect();
      await waitUntil(() => authFailed.length === 1);
      expect(authFailed[0]!.code).to.equal(status);
      expect(conn.state).to.equal('unauthenticated');
      expect(conn.sharing).to.equal('off');
      // It led while it tried (the first `connecting` is before it joined).
      expect(seen).to.include('reconnecting:leader');
      expect(seen.at(-1)).to.equal('unauthenticated:off');
      await waitUntil(async () => !(await holdsGroupLock(GOOD)), 'a refused tab still holds the group lock');
    });
  }

  it('refused by a close code after opening: off, and leader again with a new token', async () => {
    const tokens = ['first', 'second'];
    endpoint.server.on('connection', (socket) => {
      if (new URL(socket.url).searchParams.get('token') !== GOOD) socket.close({ code: 4401, reason: '', wasClean: true });
    });
    const conn = create({ token: null, tokenProvider: () => tokens.shift() ?? 'second' });
    const authFailed = record<AuthFailedDetail>(conn, 'streamspace-auth-failed');
    conn.connect();
    await waitUntil(() => authFailed.length === 1);
    expect(conn.sharing).to.equal('off');
    conn.configure({ tokenProvider: () => GOOD });
    await waitUntil(() => conn.connected);
    expect(conn.sharing).to.equal('leader');
    expect(await holdsGroupLock(GOOD)).to.equal(true);
  });

  it('handshakes refused for another reason (probe 400): stays leader while it retries, and while failed', async () => {
    endpoint.stop();
    endpoint = startMockEndpoint({ accept: () => false });
    const conn = create({ fetch: probeStub(400).fetch, maxReconnectAttempts: 3 });
    conn.connect();
    await waitUntil(() => conn.state === 'failed');
    // Still the group's: an `online` or a follower's ask retries from this tab.
    expect(conn.sharing).to.equal('leader');
    expect(await holdsGroupLock(GOOD)).to.equal(true);
  });

  it('share: false keeps a socket of its own: off throughout', async () => {
    const conn = create({ share: false });
    const seen = sharingAtEachState(conn);
    conn.connect();
    await waitUntil(() => conn.connected);
    await tick(10);
    expect(seen).to.deep.equal(['connecting:off', 'open:off']);
    expect(await holdsGroupLock(GOOD)).to.equal(false);
  });
});
