import { expect, waitUntil } from '@open-wc/testing';
import { StreamSpaceConnection } from '../../src/connection/connection.js';
import type { ConnectionOptions } from '../../src/connection/options.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';
import { type MockEndpoint, openSockets, probeStub, record, startMockEndpoint, tick } from '../helpers/mock-server.js';
import { connectionUnderTest } from '../helpers/state-invariants.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl';

describe('StreamSpaceConnection', () => {
  let endpoint: MockEndpoint;
  // Every test also checks that the state never contradicts the lifecycle events.
  const underTest = connectionUnderTest();

  const create = (options: Partial<ConnectionOptions> = {}) =>
    underTest(new StreamSpaceConnection({ url: endpoint.url, token: TOKEN, reconnectInterval: 20, maxReconnectDelay: 40, random: () => 0.5, ...options }));

  beforeEach(() => {
    localStorage.clear();
    endpoint = startMockEndpoint();
  });

  afterEach(() => {
    endpoint.stop();
    localStorage.clear();
  });

  describe('honest state', () => {
    it('reconnect() with a slow token provider is `connecting` from the close on, never `open`', async () => {
      let calls = 0;
      const conn = create({ token: null, tokenProvider: () => new Promise<string>((resolve) => setTimeout(() => resolve(TOKEN), calls++ ? 300 : 0)) });
      conn.connect();
      await waitUntil(() => conn.connected);
      const atClose: string[] = [];
      conn.addEventListener('streamspace-close', () => atClose.push(`${conn.state}/${conn.connected}`));
      conn.reconnect();
      expect(atClose).to.deep.equal(['connecting/false']);
      expect(conn.state).to.equal('connecting');
      await tick(100);
      expect(conn.state, 'while the provider works').to.equal('connecting');
      await waitUntil(() => conn.connected, 'never reopened');
    });

    it('a server close is seen by its listeners with the state already past `open`', async () => {
      const conn = create();
      conn.connect();
      await waitUntil(() => conn.connected);
      const atClose: string[] = [];
      conn.addEventListener('streamspace-close', () => atClose.push(`${conn.state}/${conn.connected}`));
      endpoint.server.clients()[0]!.close({ code: 1005, reason: '', wasClean: false });
      await waitUntil(() => atClose.length > 0);
      expect(atClose).to.deep.equal(['reconnecting/false']);
      await waitUntil(() => conn.connected, 'never reopened');
    });

    it('disconnect(), the back-forward cache and a sign-out elsewhere all close through one path', async () => {
      const conn = create({ token: null });
      localStorage.setItem('streamspace-auth', TOKEN);
      const closes = record<{ reason: string }>(conn, 'streamspace-close');
      conn.connect();
      await waitUntil(() => conn.connected);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(conn.state).to.equal('closed');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await waitUntil(() => conn.connected, 'never resumed');
      localStorage.removeItem('streamspace-auth');
      window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace-auth', newValue: null }));
      expect(conn.state).to.equal('unauthenticated');
      conn.disconnect();
      expect(conn.state).to.equal('closed');
      expect(closes.map((c) => c.reason)).to.deep.equal(['page hidden', 'signed out']);
      await waitUntil(() => openSockets(endpoint) === 0, 'a socket stayed open');
    });
  });

  it('goes idle → connecting → open, sending the token only as the query parameter', async () => {
    const conn = create();
    const states = record<{ state: string; previous: string }>(conn, 'streamspace-state');
    const opens = record(conn, 'streamspace-open');
    expect(conn.state).to.equal('idle');
    conn.connect();
    await waitUntil(() => conn.state === 'open', 'never opened');
    expect(states.map((s) => `${s.previous}>${s.state}`)).to.deep.equal(['idle>connecting', 'connecting>open']);
    expect(opens).to.have.length(1);
    expect(endpoint.tokens).to.deep.equal([TOKEN]);
    expect(conn.url).to.equal(endpoint.url);
    expect(conn.url).not.to.contain(TOKEN);
    expect(conn.connected).to.be.true;
  });

  it('delivers every message of a newline-batched frame, in order', async () => {
    const conn = create();
    const seen: StreamSpaceMessage[] = [];
    conn.subscribe((message) => seen.push(message));
    const alerts = record<StreamSpaceMessage>(conn, 'security.alert');
    const all = record<StreamSpaceMessage>(conn, 'streamspace-message');
    conn.connect();
    await waitUntil(() => conn.connected);
    endpoint.server.emit(
      'message',
      [
        '{"type":"security.alert","timestamp":"2025-11-15T10:30:00.123456789Z","data":{"severity":"high","alert_type":"failed_login","message":"a"}}',
        '{"type":"node.health","data":{"node_name":"n1","health_status":"degraded"}}',
        '{"type":"security.alert","data":null}',
      ].join('\n'),
    );
    expect(seen.map((m) => m.type)).to.deep.equal(['security.alert', 'node.health', 'security.alert']);
    expect(alerts).to.have.length(2);
    expect(all).to.have.length(3);
    expect(alerts[0]!.timestamp).to.equal('2025-11-15T10:30:00.123456789Z');
    expect(alerts[1]!.data).to.deep.equal({});
    expect(conn.lastMessage?.type).to.equal('security.alert');
  });

  it('reports a bad line with a typed reason, keeps its neighbours, and never quotes the token', async () => {
    const conn = create({ token: 'opaque-secret-token' });
    const invalid = record<{ reason: string; sample: string }>(conn, 'streamspace-invalid-message');
    const seen: string[] = [];
    conn.subscribe((message) => seen.push(message.type));
    conn.connect();
    await waitUntil(() => conn.connected);
    endpoint.server.emit('message', '{"type":"a.b"}\n{not json opaque-secret-token\n{"type":"click"}\n{"type":"c.d"}');
    expect(seen).to.deep.equal(['a.b', 'c.d']);
    expect(invalid.map((i) => i.reason)).to.deep.equal(['invalid-json', 'unsafe-type']);
    expect(invalid[0]!.sample).not.to.contain('opaque-secret-token');
  });

  it('a binary frame is reported as not-text and the next text frame is still delivered', async () => {
    const conn = create();
    const invalid = record<{ reason: string; sample: string }>(conn, 'streamspace-invalid-message');
    const seen: string[] = [];
    conn.subscribe((message) => seen.push(message.type));
    conn.connect();
    await waitUntil(() => conn.connected);
    endpoint.server.emit('message', new Uint8Array([123, 125]).buffer as unknown as string);
    endpoint.server.emit('message', '{"type":"after.binary"}');
    expect(invalid.map((i) => i.reason)).to.deep.equal(['not-text']);
    expect(seen).to.deep.equal(['after.binary']);
    expect(conn.state).to.equal('open');
  });

  describe('large frames', () => {
    // A subscriber that does real work: every 100th message it spins until the clock has moved
    // at least a millisecond. Per message would be clock-bound: Firefox and WebKit tick
    // performance.now() in 1 ms steps, so 10,000 tiny waits would take 10 s there.
    const busy = (n: number) => {
      if (n % 100 !== 99) return;
      const end = performance.now() + 2;
      while (performance.now() < end);
    };
    const frameOf = (count: number) => Array.from({ length: count }, (_, i) => `{"type":"bulk.item","data":{"n":${i}}}`).join('\n');

    it('delivers a 10,000-line frame in slices that yield to the page, in order, losing nothing', async () => {
      const conn = create();
      const seen: number[] = [];
      conn.subscribe((message) => {
        busy(message.data.n as number);
        seen.push(message.data.n as number);
      });
      conn.connect();
      await waitUntil(() => conn.connected);
      endpoint.server.emit('message', frameOf(10_000));
      const inFirstTask = seen.length;
      expect(inFirstTask).to.be.greaterThan(0);
      expect(inFirstTask).to.be.lessThan(10_000);
      await waitUntil(() => seen.length === 10_000, 'not all delivered', { timeout: 5000 });
      expect(seen.every((n, i) => n === i)).to.be.true;
    });

    it('a frame arriving while a slice waits is delivered after it; a close comes after every message', async () => {
      const conn = create({ autoReconnect: false });
      const order: string[] = [];
      conn.subscribe((message) => {
        if (message.type === 'bulk.item') busy(message.data.n as number);
        if (message.type !== 'bulk.item') order.push(message.type);
      });
      conn.addEventListener('streamspace-close', () => order.push('close'));
      conn.connect();
      await waitUntil(() => conn.connected);
      endpoint.server.emit('message', frameOf(5_000));
      endpoint.server.emit('message', '{"type":"second.frame"}');
      expect(order).to.deep.equal([]);
      endpoint.server.clients()[0]!.close({ code: 1011, reason: '', wasClean: false });
      await waitUntil(() => order.includes('close'));
      expect(order).to.deep.equal(['second.frame', 'close']);
    });
  });

  it('does not build message events nobody listens to on the connection', async () => {
    const conn = create();
    let built = 0;
    const original = window.CustomEvent;
    conn.connect();
    await waitUntil(() => conn.connected);
    window.CustomEvent = class extends original<unknown> {
      constructor(type: string, init?: CustomEventInit) {
        super(type, init);
        built += 1;
      }
    } as typeof CustomEvent;
    try {
      endpoint.server.emit('message', '{"type":"a.b"}');
    } finally {
      window.CustomEvent = original;
    }
    expect(built).to.equal(0);
  });

  describe('tokens', () => {
    it('without a token makes no attempt, is unauthenticated, and connects when another tab stores one', async () => {
      const conn = create({ token: null });
      conn.connect();
      await waitUntil(() => conn.state === 'unauthenticated');
      await tick(30);
      expect(endpoint.tokens).to.have.length(0);
      localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: TOKEN }, version: 0 }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace-auth' }));
      await waitUntil(() => conn.state === 'open');
      expect(endpoint.tokens).to.deep.equal([TOKEN]);
    });

    it('reads streamspace-auth JSON first, then the raw streamspace_token', async () => {
      localStorage.setItem('streamspace_token', 'raw-token');
      const conn = create({ token: null });
      conn.connect();
      await waitUntil(() => conn.connected);
      conn.disconnect();
      localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: 'json-token' } }));
      conn.connect();
      await waitUntil(() => conn.connected);
      expect(endpoint.tokens).to.deep.equal(['raw-token', 'json-token']);
    });

    it('uses a configured storage key and token parameter', async () => {
      localStorage.setItem('my-key', JSON.stringify({ token: 'custom' }));
      const conn = create({ token: null, tokenKey: 'my-key', tokenParam: 'access_token' });
      let url = '';
      endpoint.server.on('connection', (socket) => (url = socket.url));
      conn.connect();
      await waitUntil(() => conn.connected);
      expect(new URL(url).searchParams.get('access_token')).to.equal('custom');
    });

    it('asks the provider before every attempt', async () => {
      let calls = 0;
      const conn = create({ token: null, tokenProvider: async () => `token-${++calls}` });
      conn.connect();
      await waitUntil(() => conn.connected);
      conn.reconnect();
      await waitUntil(() => endpoint.tokens.length === 2 && conn.connected);
      expect(endpoint.tokens).to.deep.equal(['token-1', 'token-2']);
    });

    it('an explicit token set later wakes an unauthenticated connection', async () => {
      const conn = create({ token: null });
      conn.connect();
      await waitUntil(() => conn.state === 'unauthenticated');
      conn.configure({ token: TOKEN });
      await waitUntil(() => conn.connected);
    });

    it('signing out in another tab closes the stream', async () => {
      localStorage.setItem('streamspace_token', TOKEN);
      const conn = create({ token: null });
      conn.connect();
      await waitUntil(() => conn.connected);
      localStorage.removeItem('streamspace_token');
      window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace_token' }));
      expect(conn.state).to.equal('unauthenticated');
      await waitUntil(() => openSockets(endpoint) === 0);
    });
  });

  describe('reconnecting', () => {
    it('retries with jittered backoff after a drop and resets attempts once open', async () => {
      const conn = create({ reconnectInterval: 10, maxReconnectDelay: 1000 });
      const scheduled = record<{ attempt: number; delay: number; maxAttempts: number }>(conn, 'streamspace-reconnecting');
      conn.connect();
      await waitUntil(() => conn.connected);
      endpoint.server.clients()[0]!.close({ code: 1006, reason: 'gone', wasClean: false });
      await waitUntil(() => scheduled.length === 1);
      expect(scheduled).to.deep.equal([{ attempt: 1, delay: 5, maxAttempts: 10 }]);
      await waitUntil(() => conn.connected);
      expect(conn.reconnectAttempts).to.equal(0);
      expect(conn.nextReconnectAt).to.equal(null);
      expect(endpoint.tokens).to.have.length(2);
    });

    it('gives up after max-reconnect-attempts with streamspace-failed', async () => {
      endpoint.stop();
      endpoint = startMockEndpoint({ accept: () => false });
      const stub = probeStub(503);
      const conn = create({ maxReconnectAttempts: 3, reconnectInterval: 1, maxReconnectDelay: 2, fetch: stub.fetch });
      const scheduled = record<{ attempt: number }>(conn, 'streamspace-reconnecting');
      const failed = record<{ attempts: number }>(conn, 'streamspace-failed');
      conn.connect();
      await waitUntil(() => conn.state === 'failed', 'never failed', { timeout: 3000 });
      expect(scheduled.map((s) => s.attempt)).to.deep.equal([1, 2, 3]);
      expect(failed).to.deep.equal([{ attempts: 3 }]);
      // A 503 proves nothing about the token: the client kept retrying.
      expect(stub.urls.length).to.be.greaterThan(0);
    });

    it('reconnect() starts at once with the attempt count reset', async () => {
      endpoint.stop();
      endpoint = startMockEndpoint({ accept: () => false });
      const conn = create({ maxReconnectAttempts: 1, reconnectInterval: 1, maxReconnectDelay: 1, fetch: probeStub(500).fetch });
      conn.connect();
      await waitUntil(() => conn.state === 'failed');
      endpoint.stop();
      endpoint = startMockEndpoint();
      conn.configure({ url: endpoint.url });
      conn.reconnect();
      await waitUntil(() => conn.connected);
      expect(conn.reconnectAttempts).to.equal(0);
    });

    it('auto-reconnect off: a drop ends in closed', async () => {
      const conn = create({ autoReconnect: false });
      conn.connect();
      await waitUntil(() => conn.connected);
      endpoint.server.clients()[0]!.close({ code: 1011, reason: '', wasClean: false });
      await waitUntil(() => conn.state === 'closed');
      await tick(60);
      expect(endpoint.tokens).to.have.length(1);
    });

    it('`online` retries at once instead of waiting out the backoff', async () => {
      const conn = create({ reconnectInterval: 60_000, maxReconnectDelay: 60_000 });
      conn.connect();
      await waitUntil(() => conn.connected);
      endpoint.server.clients()[0]!.close({ code: 1006, reason: '', wasClean: false });
      await waitUntil(() => conn.state === 'reconnecting');
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => conn.connected, 'online did not retry');
    });

    it('the page becoming visible retries at once', async () => {
      const conn = create({ reconnectInterval: 60_000, maxReconnectDelay: 60_000 });
      conn.connect();
      await waitUntil(() => conn.connected);
      endpoint.server.clients()[0]!.close({ code: 1006, reason: '', wasClean: false });
      await waitUntil(() => conn.state === 'reconnecting');
      expect(document.visibilityState).to.equal('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => conn.connected, 'visibility did not retry');
    });

    it('while offline spends no attempt, and resumes on `online`', async () => {
      const conn = create({ reconnectInterval: 20, maxReconnectDelay: 20 });
      conn.connect();
      await waitUntil(() => conn.connected);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        endpoint.server.clients()[0]!.close({ code: 1006, reason: '', wasClean: false });
        await waitUntil(() => conn.state === 'reconnecting');
        await tick(120);
        expect(endpoint.tokens).to.have.length(1);
        expect(conn.state).to.equal('reconnecting');
        expect(conn.reconnectAttempts).to.equal(1);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => conn.connected);
      expect(endpoint.tokens).to.have.length(2);
    });

    it('closes for the back-forward cache on pagehide and reopens on pageshow', async () => {
      const conn = create();
      conn.connect();
      await waitUntil(() => conn.connected);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(conn.state).to.equal('closed');
      await waitUntil(() => openSockets(endpoint) === 0);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await waitUntil(() => conn.connected);
      expect(openSockets(endpoint)).to.equal(1);
    });
  });

  describe('refused tokens', () => {
    for (const code of [1008, 4001, 4003, 4401, 4403]) {
      it(`close code ${code}: tries a fresh token once, then stops with streamspace-auth-failed`, async () => {
        const tokens = ['first', 'second'];
        const conn = create({ token: null, tokenProvider: () => tokens.shift() ?? 'second' });
        const authFailed = record<{ code: number }>(conn, 'streamspace-auth-failed');
        endpoint.server.on('connection', (socket) => socket.close({ code, reason: 'no', wasClean: true }));
        conn.connect();
        await waitUntil(() => authFailed.length === 1);
        expect(conn.state).to.equal('unauthenticated');
        expect(authFailed[0]).to.deep.equal({ code, reason: 'refused' });
        expect(endpoint.tokens).to.deep.equal(['first', 'second']);
        await tick(100);
        expect(endpoint.tokens).to.have.length(2);
      });
    }

    it('after attempts that never open, an HTTP 401 from the probe means the token is refused', async () => {
      endpoint.stop();
      endpoint = startMockEndpoint({ accept: () => false });
      const stub = probeStub(401);
      const conn = create({ fetch: stub.fetch });
      const authFailed = record<{ code: number }>(conn, 'streamspace-auth-failed');
      const errors = record(conn, 'streamspace-error');
      conn.connect();
      await waitUntil(() => authFailed.length === 1, 'no auth failure', { timeout: 3000 });
      expect(authFailed[0]).to.deep.equal({ code: 401, reason: 'refused' });
      expect(conn.state).to.equal('unauthenticated');
      expect(stub.urls).to.have.length(1);
      expect(stub.urls[0]!.startsWith('http://')).to.be.true;
      expect(stub.urls[0]).not.to.contain(TOKEN);
      expect(stub.authorizations).to.deep.equal([`Bearer ${TOKEN}`]);
      expect(errors.length).to.be.greaterThan(0);
      const attempts = endpoint.tokens.length;
      await tick(150);
      expect(endpoint.tokens.length).to.equal(attempts);
    });

    it('a new token in storage after a refusal connects again', async () => {
      localStorage.setItem('streamspace_token', 'old');
      const conn = create({ token: null });
      endpoint.server.on('connection', (socket) => {
        if (new URL(socket.url).searchParams.get('token') === 'old') socket.close({ code: 4401, reason: '', wasClean: true });
      });
      conn.connect();
      await waitUntil(() => conn.state === 'unauthenticated' && endpoint.tokens.length === 1);
      localStorage.setItem('streamspace_token', 'new');
      window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace_token' }));
      await waitUntil(() => conn.connected);
      expect(endpoint.tokens).to.deep.equal(['old', 'new']);
    });
  });

  describe('send', () => {
    it('queues while not open and flushes in order on open', async () => {
      const conn = create();
      expect(conn.send({ n: 1 })).to.be.true;
      expect(conn.send('two')).to.be.true;
      conn.connect();
      await waitUntil(() => endpoint.received.length === 2);
      expect(conn.send({ n: 3 })).to.be.true;
      await waitUntil(() => endpoint.received.length === 3);
      expect(endpoint.received).to.deep.equal(['{"n":1}', 'two', '{"n":3}']);
    });

    it('is bounded: refuses beyond the limit, and refuses what JSON cannot carry', () => {
      const conn = create({ sendQueueLimit: 2 });
      expect(conn.send(1)).to.be.true;
      expect(conn.send(2)).to.be.true;
      expect(conn.send(3)).to.be.false;
      expect(conn.queuedMessages).to.equal(2);
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      expect(conn.send(cyclic)).to.be.false;
      expect(conn.send(undefined)).to.be.false;
      // A new bound keeps what is already queued.
      conn.configure({ sendQueueLimit: 3 });
      expect(conn.queuedMessages).to.equal(2);
      expect(conn.send(3)).to.be.true;
      expect(conn.send(4)).to.be.false;
    });
  });

  describe('one live socket', () => {
    it('survives racing connect, reconnect and disconnect calls', async () => {
      const conn = create({ token: null, tokenProvider: () => new Promise((resolve) => setTimeout(() => resolve(TOKEN), 5)) });
      conn.connect();
      conn.connect();
      conn.reconnect();
      conn.disconnect();
      conn.connect();
      conn.reconnect();
      await waitUntil(() => conn.connected);
      await tick(50);
      expect(openSockets(endpoint)).to.equal(1);
      expect(endpoint.tokens).to.have.length(1);
    });

    it('a server drop during reconnect() does not leave two sockets', async () => {
      const conn = create();
      conn.connect();
      await waitUntil(() => conn.connected);
      const first = endpoint.server.clients()[0]!;
      conn.reconnect();
      first.close({ code: 1006, reason: '', wasClean: false });
      await waitUntil(() => conn.connected && openSockets(endpoint) === 1);
      await tick(80);
      expect(openSockets(endpoint)).to.equal(1);
    });

    it('disconnect() clears the retry timer: nothing reconnects later', async () => {
      const conn = create({ reconnectInterval: 400, maxReconnectDelay: 400 });
      conn.connect();
      await waitUntil(() => conn.connected);
      endpoint.server.clients()[0]!.close({ code: 1006, reason: '', wasClean: false });
      await waitUntil(() => conn.state === 'reconnecting');
      expect(conn.nextReconnectAt).to.be.greaterThan(Date.now());
      conn.disconnect();
      expect(conn.state).to.equal('closed');
      expect(conn.nextReconnectAt).to.equal(null);
      await tick(300);
      expect(endpoint.tokens).to.have.length(1);
      window.dispatchEvent(new Event('online'));
      await tick(20);
      expect(endpoint.tokens).to.have.length(1);
    });
  });
});
