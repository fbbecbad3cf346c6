// The element against the real StreamSpace-like endpoint (demo/server) on loopback, for every way
// the real server refuses or drops a client (PROTOCOL.md "Endpoint and authentication", "Liveness
// and flow control"): what the element does (state, events, toast text) and how many handshakes
// it costs the server.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { AuthFailedDetail, FailedDetail } from '../../src/connection/events.js';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { countSockets, type SocketCounter } from '../helpers/socket-counter.js';
import { watchStateInvariants } from '../helpers/state-invariants.js';

const until = (predicate: () => unknown, message?: string, timeout = 8000) => waitUntil(predicate, message, { timeout });
const FOREIGN = ['https://portal.example.com'];
const nodeHealth = (n: number) => ({ type: 'node.health', data: { node_name: 'worker-01', health_status: 'healthy', n } });

/** One element on one endpoint, with everything it fired recorded. */
class Case {
  readonly el: StreamSpaceEnterpriseWs;
  readonly authFailed: AuthFailedDetail[] = [];
  readonly failed: FailedDetail[] = [];
  readonly errors: Array<{ reason?: string }> = [];
  readonly closes: number[] = [];
  readonly violations: string[] = [];

  constructor(
    readonly ep: TestEndpoint,
    token: string,
    attributes: string,
  ) {
    document.body.insertAdjacentHTML('beforeend', `<streamspace-enterprise-ws manual url="${ep.url}" ${attributes}></streamspace-enterprise-ws>`);
    this.el = document.body.lastElementChild as StreamSpaceEnterpriseWs;
    this.el.token = token;
    watchStateInvariants(this.el, this.violations);
    this.el.addEventListener('streamspace-auth-failed', (e) => this.authFailed.push(e.detail));
    this.el.addEventListener('streamspace-failed', (e) => this.failed.push(e.detail));
    this.el.addEventListener('streamspace-error', (e) => this.errors.push(e.detail));
    this.el.addEventListener('streamspace-close', (e) => this.closes.push(e.detail.code));
  }

  get toast(): string {
    return this.el.shadowRoot?.querySelector('streamspace-toast-stack')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  get handshakeRefused(): number {
    return this.errors.filter((e) => e.reason === 'handshake-refused').length;
  }
}

describe('end to end: what the element does with each answer of the real server', function () {
  this.timeout(30_000);
  let counter: SocketCounter;
  const endpoints: TestEndpoint[] = [];
  const cases: Case[] = [];

  const endpoint = async (options?: Parameters<typeof startEndpoint>[0]) => {
    const ep = await startEndpoint(options);
    endpoints.push(ep);
    return ep;
  };
  /** Fast retries, so a case ends in seconds; the 10-second test below uses the defaults. */
  const place = (ep: TestEndpoint, token: string, attributes = 'reconnect-interval="50" max-reconnect-delay="200" max-reconnect-attempts="3"') => {
    const each = new Case(ep, token, attributes);
    cases.push(each);
    return each;
  };
  const handshakes = (each: Case) => counter.count(each.ep.url);

  beforeEach(() => {
    counter = countSockets();
  });

  afterEach(async () => {
    counter.restore();
    for (const each of cases.splice(0)) {
      each.el.remove();
      expect(each.violations, 'state inconsistent with the lifecycle events').to.deep.equal([]);
    }
    await Promise.all(endpoints.splice(0).map((ep) => ep.close()));
  });

  it('wrong origin: the probe says the token is fine (400), so it keeps backing off and fails with reason handshake-refused', async () => {
    const ep = await endpoint({ allowedOrigins: FOREIGN });
    const wrong = place(ep, await ep.token('alice'));
    wrong.el.connect();
    await until(() => wrong.el.state === 'failed', 'never gave up');
    expect(wrong.handshakeRefused).to.equal(1);
    expect(wrong.failed).to.deep.equal([{ attempts: 3, reason: 'handshake-refused' }]);
    expect(wrong.authFailed).to.deep.equal([]);
    expect(handshakes(wrong)).to.equal(4);
    expect((await ep.stats()).handshakes).to.equal(4);
    expect(wrong.toast).to.contain('ALLOWED_WEBSOCKET_ORIGIN_');
    expect(wrong.toast).to.contain(`add ${location.origin}`);
    expect(wrong.toast).not.to.match(/sign in/i);
    // The operator fixes the allow-list; Retry (reconnect) connects.
    await ep.allowOrigins();
    wrong.el.reconnect();
    await until(() => wrong.el.state === 'open', 'did not connect once the origin was allowed');
  });

  it('a probe that cannot be made (CORS) proves nothing: keeps retrying, never auth-failed', async () => {
    const ep = await endpoint({ allowedOrigins: FOREIGN, corsOrigins: [] });
    const blind = place(ep, await ep.token('alice'));
    blind.el.connect();
    await until(() => blind.el.state === 'failed', 'never gave up');
    expect(blind.failed).to.deep.equal([{ attempts: 3 }]);
    expect(blind.authFailed).to.deep.equal([]);
    expect(blind.handshakeRefused).to.equal(0);
    expect(handshakes(blind)).to.equal(4);
    expect(blind.toast).to.contain('Gave up after 3 attempts.');
  });

  it('unusable token (valid, but `--`): never sent, auth-failed {400, unusable}, "Sign in again"; a new token connects', async () => {
    const ep = await endpoint();
    const unusable = await ep.token('alice', { unusable: true });
    const each = place(ep, unusable);
    each.el.connect();
    await until(() => each.authFailed.length === 1);
    expect(each.authFailed).to.deep.equal([{ code: 400, reason: 'unusable' }]);
    expect(each.el.state).to.equal('unauthenticated');
    expect(handshakes(each)).to.equal(0);
    expect(await ep.stats()).to.deep.equal({ handshakes: 0, probes: 0 });
    expect(each.toast).to.contain('Sign-in not accepted').and.contain('Sign in again');
    each.el.token = await ep.token('alice');
    await until(() => each.el.state === 'open');
  });

  it('expired token (an hour ago): never sent, auth-failed {401, expired}', async () => {
    const ep = await endpoint();
    const each = place(ep, await ep.token('alice', { expired: true }));
    each.el.connect();
    await until(() => each.authFailed.length === 1);
    expect(each.authFailed).to.deep.equal([{ code: 401, reason: 'expired' }]);
    expect(each.el.state).to.equal('unauthenticated');
    expect(handshakes(each)).to.equal(0);
    expect(each.toast).to.contain('Session expired').and.contain('Sign in again');
  });

  it('a token that expired a minute ago is sent (clock skew); the probe (401) then calls it refused', async () => {
    const ep = await endpoint();
    const each = place(ep, await ep.token('alice', { expired: 60 }));
    each.el.connect();
    await until(() => each.authFailed.length === 1);
    expect(each.authFailed).to.deep.equal([{ code: 401, reason: 'refused' }]);
    expect(handshakes(each)).to.equal(2);
    expect((await ep.stats()).probes).to.equal(1);
  });

  it('disabled account: the probe answers 403, auth-failed {403, forbidden}, no "Sign in again"', async () => {
    const ep = await endpoint();
    const each = place(ep, await ep.token('alice'));
    each.el.connect();
    await until(() => each.el.state === 'open');
    await ep.disableUser('alice');
    await ep.drop();
    await until(() => each.authFailed.length === 1);
    expect(each.authFailed).to.deep.equal([{ code: 403, reason: 'forbidden' }]);
    expect(each.el.state).to.equal('unauthenticated');
    expect(handshakes(each)).to.equal(3);
    expect(each.toast).to.contain('Account disabled').and.contain('Contact your administrator');
    expect(each.toast).not.to.match(/sign in/i);
  });

  it('revoked session: the probe answers 401, auth-failed {401, refused}, "Sign in again"', async () => {
    const ep = await endpoint();
    const each = place(ep, await ep.token('alice'));
    each.el.connect();
    await until(() => each.el.state === 'open');
    await ep.revokeUser('alice');
    await ep.drop();
    await until(() => each.authFailed.length === 1);
    expect(each.authFailed).to.deep.equal([{ code: 401, reason: 'refused' }]);
    expect(handshakes(each)).to.equal(3);
    expect(each.toast).to.contain('Signed out').and.contain('Sign in again');
  });

  it('server down: probes get no answer, it keeps retrying, never auth-failed; back when the server is', async () => {
    const ep = await endpoint();
    const each = place(ep, await ep.token('alice'), 'reconnect-interval="50" max-reconnect-delay="200" max-reconnect-attempts="Infinity"');
    each.el.connect();
    await until(() => each.el.state === 'open');
    await ep.stop();
    await until(() => handshakes(each) >= 5, 'not retrying while the server is down');
    expect(each.authFailed).to.deep.equal([]);
    expect(each.handshakeRefused).to.equal(0);
    expect(each.el.state).to.be.oneOf(['reconnecting', 'connecting']);
    expect(each.toast).to.contain('Reconnecting');
    await ep.restart();
    await until(() => each.el.state === 'open', 'did not come back');
    expect(each.toast).to.contain('Real-time updates reconnected');
  });

  it('slow-client drop: broadcasts past the 256 buffer close it with 1005, and it reconnects at once', async () => {
    const ep = await endpoint();
    const each = place(ep, await ep.token('alice'));
    each.el.connect();
    await until(() => each.el.state === 'open');
    await ep.stall(true);
    await ep.burst(null, Array.from({ length: 300 }, (_, n) => nodeHealth(n)));
    await ep.stall(false);
    await until(() => each.closes.includes(1005), 'not dropped with 1005');
    await until(() => each.el.state === 'open', 'did not reconnect');
    expect(each.authFailed).to.deep.equal([]);
    expect(handshakes(each)).to.equal(2);
    expect(await ep.clients()).to.equal(1);
  });

  it('per-user overflow is silent: the socket stays open, nothing to report', async () => {
    const ep = await endpoint();
    const each = place(ep, await ep.token('alice'), 'notifications="false"');
    let alerts = 0;
    each.el.addEventListener('security.alert', () => alerts++);
    each.el.connect();
    await until(() => each.el.state === 'open');
    await ep.stall(true);
    const queued = await ep.burst('alice', Array.from({ length: 300 }, (_, n) => ({ type: 'security.alert', data: { alert_type: 'x', severity: 'low', message: `m${n}` } })));
    await ep.stall(false);
    expect(queued).to.equal(256);
    await until(() => alerts === 256);
    expect(each.closes).to.deep.equal([]);
    expect(each.el.state).to.equal('open');
  });

  it('in 10 s with default settings, side by side: handshakes per case', async () => {
    // A fixed window on purpose: this measures how many handshakes each case costs the server
    // with the element's defaults (3 s base, 30 s cap, full jitter). Only bounds are asserted.
    const WINDOW_MS = 10_000;
    const defaults = '';
    const start = performance.now();
    const token = async (ep: TestEndpoint, options?: Parameters<TestEndpoint['token']>[1]) => ep.token('alice', options);

    const [wrongEp, unusableEp, expiredEp, disabledEp, revokedEp, downEp, slowEp] = await Promise.all([
      endpoint({ allowedOrigins: FOREIGN }),
      endpoint(),
      endpoint(),
      endpoint(),
      endpoint(),
      endpoint(),
      endpoint(),
    ]);
    await downEp.stop();
    const named = {
      'wrong origin': place(wrongEp, await token(wrongEp), defaults),
      'unusable token': place(unusableEp, await token(unusableEp, { unusable: true }), defaults),
      'expired token': place(expiredEp, await token(expiredEp, { expired: true }), defaults),
      'disabled account': place(disabledEp, await token(disabledEp), defaults),
      'revoked token': place(revokedEp, await token(revokedEp), defaults),
      'server down': place(downEp, await token(downEp), defaults),
      'slow-client drop': place(slowEp, await token(slowEp), defaults),
    };
    for (const each of Object.values(named)) each.el.connect();
    const { 'disabled account': disabled, 'revoked token': revoked, 'slow-client drop': slow } = named;
    await until(() => [disabled, revoked, slow].every((each) => each.el.state === 'open'));
    await disabledEp.disableUser('alice');
    await disabledEp.drop();
    await revokedEp.revokeUser('alice');
    await revokedEp.drop();
    await slowEp.stall(true);
    await slowEp.burst(null, Array.from({ length: 300 }, (_, n) => nodeHealth(n)));
    await slowEp.stall(false);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, WINDOW_MS - (performance.now() - start))));
    const inWindow = new Map(Object.values(named).map((each) => [each, handshakes(each)]));
    // The two probes' answers may come a moment after the window when the jittered retries were
    // both long: wait for them (their count cannot grow past the refusal), then report.
    await until(() => disabled.authFailed.length > 0 && revoked.authFailed.length > 0 && slow.el.state === 'open', 'not settled', 10_000);

    const rows = Object.entries(named).map(([name, each]) => ({
      name,
      handshakes: inWindow.get(each)!,
      total: handshakes(each),
      state: each.el.state,
      authFailed: each.authFailed.map((d) => `${d.reason}/${d.code}`).join(),
      handshakeRefused: each.handshakeRefused,
      closes: each.closes.join(),
      toast: each.toast.trim().slice(0, 160),
    }));
    console.log(`handshakes in 10 s (defaults):\n${rows.map((row) => JSON.stringify(row)).join('\n')}`);
    const row = (name: keyof typeof named) => rows.find((r) => r.name === name)!;

    expect(row('expired token')).to.include({ total: 0, state: 'unauthenticated', authFailed: 'expired/401' });
    expect(row('unusable token')).to.include({ total: 0, state: 'unauthenticated', authFailed: 'unusable/400' });
    // The open one, then two refused handshakes and the probe: nothing more, however long it waits.
    expect(row('disabled account')).to.include({ total: 3, state: 'unauthenticated', authFailed: 'forbidden/403' });
    expect(row('revoked token')).to.include({ total: 3, state: 'unauthenticated', authFailed: 'refused/401' });
    expect(row('slow-client drop')).to.include({ total: 2, state: 'open', authFailed: '' });
    expect(row('slow-client drop').closes).to.equal('1005');
    for (const name of ['wrong origin', 'server down'] as const) {
      expect(row(name).authFailed, name).to.equal('');
      expect(row(name).state, name).to.be.oneOf(['reconnecting', 'connecting']);
      // Backoff with jitter: at least the first attempt and one retry, never a storm.
      expect(row(name).handshakes, name).to.be.within(2, 8);
    }
    expect(row('wrong origin').handshakeRefused).to.be.at.most(1);
    expect(row('server down').handshakeRefused).to.equal(0);
    expect((await downEp.stats()).handshakes, 'a stopped server sees none').to.equal(0);
  });
});
