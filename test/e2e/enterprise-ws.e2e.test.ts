// The real element against the real StreamSpace-like endpoint (demo/server) on loopback.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { tick } from '../helpers/mock-server.js';

// Loopback is fast, but CI machines are small and busy: generous waits, no timing assertions.
const until = (predicate: () => unknown, message?: string) => waitUntil(predicate, message, { timeout: 8000 });

const EVERY_TYPE = [
  'connection',
  'webhook.delivery',
  'security.alert',
  'schedule.event',
  'node.health',
  'scaling.event',
  'compliance.violation',
];

describe('end to end: <streamspace-enterprise-ws> and a StreamSpace-like server', function () {
  this.timeout(20_000);
  let ep: TestEndpoint;
  let el: StreamSpaceEnterpriseWs | undefined;
  const seen: StreamSpaceMessage[] = [];
  const onMessage = (event: Event) => seen.push((event as CustomEvent<StreamSpaceMessage>).detail);

  const place = (attributes = '') => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<streamspace-enterprise-ws url="${ep.url}" notifications="false" reconnect-interval="50" max-reconnect-delay="200" ${attributes}></streamspace-enterprise-ws>`,
    );
    el = document.body.lastElementChild as StreamSpaceEnterpriseWs;
    return el;
  };

  beforeEach(async () => {
    seen.length = 0;
    document.addEventListener('streamspace-message', onMessage);
    ep = await startEndpoint();
  });

  afterEach(async () => {
    document.removeEventListener('streamspace-message', onMessage);
    el?.remove();
    el = undefined;
    localStorage.clear();
    await ep.close();
  });

  it('receives every StreamSpace event type at document, batched frames included', async () => {
    localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: await ep.token('alice') }, version: 0 }));
    const perType = new Map<string, number>();
    const counters = EVERY_TYPE.map((type) => {
      const listener = () => perType.set(type, (perType.get(type) ?? 0) + 1);
      document.addEventListener(type, listener);
      return () => document.removeEventListener(type, listener);
    });
    try {
      place();
      await until(() => seen.some((m) => m.type === 'connection'), 'no welcome message');
      await ep.broadcast('broadcastWebhookDelivery', 'alice', 7, 42, 'retrying');
      await ep.broadcast('broadcastSecurityAlert', 'alice', 'failed_login', 'high', 'Five failed logins');
      await ep.broadcast('broadcastScheduledSessionEvent', 'alice', 3, 'started', 'sess-1');
      await ep.broadcast('broadcastNodeHealthUpdate', 'node-a', 'degraded', 91.5, 80.25);
      await ep.broadcast('broadcastScalingEvent', 11, 'scale_up', 'success');
      await ep.broadcast('broadcastComplianceViolation', 'alice', 21, 4, 'critical');
      const burst = Array.from({ length: 300 }, (_, i) => ({ type: 'security.alert', data: { alert_type: 'mfa_failed', severity: 'low', message: `m${i}` } }));
      await ep.burst('alice', burst);
      await until(() => (perType.get('security.alert') ?? 0) === 301, 'burst not fully delivered');
      for (const type of EVERY_TYPE) expect(perType.get(type), type).to.be.greaterThan(0);
      const alert = seen.find((m) => m.type === 'security.alert')!;
      expect(alert.data).to.include({ alert_type: 'failed_login', severity: 'high', message: 'Five failed logins' });
      expect(alert.timestamp).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/);
      const lastOfBurst = seen.filter((m) => m.type === 'security.alert').at(-1)!;
      expect(lastOfBurst.data.message).to.equal('m299');
    } finally {
      counters.forEach((remove) => remove());
    }
  });

  it('reconnects when the server drops the socket, and after a server restart', async () => {
    localStorage.setItem('streamspace_token', await ep.token('bob'));
    const element = place();
    await until(() => element.state === 'open');
    const reconnecting: unknown[] = [];
    element.addEventListener('streamspace-reconnecting', (e) => reconnecting.push(e.detail));
    await ep.drop();
    await until(() => reconnecting.length === 1, 'no retry scheduled after the drop');
    await until(() => element.state === 'open', 'did not come back after the drop');
    const before = reconnecting.length;
    await ep.stop();
    await until(() => reconnecting.length > before, 'no retry while the server is down');
    await tick(300);
    expect(element.state).to.be.oneOf(['reconnecting', 'connecting']);
    await ep.restart();
    await until(() => element.state === 'open', 'did not come back after the restart');
    await ep.broadcast('broadcastSecurityAlert', 'bob', 'failed_login', 'low', 'after restart');
    await until(() => seen.some((m) => m.data.message === 'after restart'));
    expect(await ep.clients()).to.equal(1);
  });

  it('a refused token (401 before the upgrade) ends in auth-failed without a reconnect storm', async () => {
    localStorage.setItem('streamspace_token', await ep.token('carol', { wrongSecret: true }));
    const element = place('max-reconnect-attempts="Infinity"');
    const authFailed: Array<{ code: number; reason: string }> = [];
    const scheduled: unknown[] = [];
    element.addEventListener('streamspace-auth-failed', (e) => authFailed.push(e.detail));
    element.addEventListener('streamspace-reconnecting', (e) => scheduled.push(e.detail));
    await until(() => authFailed.length === 1, 'auth failure not detected');
    expect(authFailed[0]).to.deep.equal({ code: 401, reason: 'refused' });
    expect(element.state).to.equal('unauthenticated');
    const retries = scheduled.length;
    await tick(600);
    expect(scheduled.length).to.equal(retries);
    // A new token written by the app (another tab) brings it back.
    localStorage.setItem('streamspace_token', await ep.token('carol'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace_token' }));
    await until(() => element.state === 'open', 'did not reconnect with the new token');
  });

  it('asks the provider for a fresh token once when the first is refused', async () => {
    const tokens = [await ep.token('dave', { expired: true }), await ep.token('dave')];
    let asked = 0;
    document.body.insertAdjacentHTML('beforeend', `<streamspace-enterprise-ws manual url="${ep.url}" notifications="false" reconnect-interval="50"></streamspace-enterprise-ws>`);
    const element = (el = document.body.lastElementChild as StreamSpaceEnterpriseWs);
    element.tokenProvider = () => tokens[Math.min(asked++, 1)]!;
    element.connect();
    await until(() => element.state === 'open', 'fresh token not used');
    expect(asked).to.be.greaterThan(1);
  });

  it('malformed lines from the server are reported, their neighbours delivered', async () => {
    localStorage.setItem('streamspace_token', await ep.token('erin'));
    const element = place();
    const invalid: Array<{ reason: string; sample: string }> = [];
    element.addEventListener('streamspace-invalid-message', (e) => invalid.push(e.detail));
    await until(() => element.state === 'open');
    await ep.raw('{"type":"a.ok","data":{}}\n{oops\n{"type":"__proto__","data":{}}\n{"type":"b.ok","data":[1]}\n{"type":"c.ok","data":null}', 'erin');
    await until(() => invalid.length === 3);
    expect(invalid.map((i) => i.reason)).to.deep.equal(['invalid-json', 'unsafe-type', 'invalid-data']);
    expect(seen.filter((m) => m.type.endsWith('.ok')).map((m) => m.type)).to.deep.equal(['a.ok', 'c.ok']);
  });

  it('the drop-in script alone, on a plain page, delivers events and survives being loaded twice', async () => {
    const token = await ep.token('frank');
    const frame = document.createElement('iframe');
    const errors: string[] = [];
    frame.srcdoc = `<!doctype html><html><body>
      <script src="/dist/streamspace-enterprise-ws.iife.js"></script>
      <script src="/dist/streamspace-enterprise-ws.iife.js"></script>
      <streamspace-enterprise-ws url="${ep.url}" notifications="false"></streamspace-enterprise-ws>
    </body></html>`;
    localStorage.setItem('streamspace_token', token);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    win.addEventListener('error', (e) => errors.push(e.message));
    const received: string[] = [];
    win.document.addEventListener('security.alert', (e) => received.push((e as CustomEvent<StreamSpaceMessage>).detail.data.message as string));
    const element = win.document.querySelector('streamspace-enterprise-ws')!;
    try {
      await until(() => element.state === 'open', 'drop-in element did not connect');
      await ep.burst('frank', [1, 2, 3].map((n) => ({ type: 'security.alert', data: { alert_type: 'x', severity: 'low', message: `drop-in ${n}` } })));
      await until(() => received.length === 3);
      expect(received).to.deep.equal(['drop-in 1', 'drop-in 2', 'drop-in 3']);
      expect(errors).to.deep.equal([]);
      expect(win.customElements.get('streamspace-toast-stack')).to.exist;
    } finally {
      frame.remove();
    }
  });
});
