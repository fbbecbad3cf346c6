import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { defineElement } from '../../src/internal/define-element.js';
import { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';
import { type MockEndpoint, openSockets, record, startMockEndpoint, tick } from '../helpers/mock-server.js';

const TOKEN = 'header.payload.signature';

describe('<streamspace-enterprise-ws>', () => {
  let endpoint: MockEndpoint;
  const cleanups: Array<() => void> = [];

  const listen = <T>(type: string, target: EventTarget = document) => {
    const details: T[] = [];
    const listener = (event: Event) => details.push((event as CustomEvent<T>).detail);
    target.addEventListener(type, listener);
    cleanups.push(() => target.removeEventListener(type, listener));
    return details;
  };

  const attach = async (attributes = '') => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<streamspace-enterprise-ws url="${endpoint.url}" notifications="false" ${attributes}></streamspace-enterprise-ws>`;
    return container.firstElementChild as StreamSpaceEnterpriseWs;
  };

  beforeEach(() => {
    localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: TOKEN }, version: 0 }));
    endpoint = startMockEndpoint();
  });

  afterEach(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    endpoint.stop();
    localStorage.clear();
  });

  it('connects on attach with the stored token and fires each message at document', async () => {
    const alerts = listen<StreamSpaceMessage>('security.alert');
    const all = listen<StreamSpaceMessage>('streamspace-message');
    const el = await attach();
    await waitUntil(() => el.state === 'open');
    expect(endpoint.tokens).to.deep.equal([TOKEN]);
    endpoint.server.emit('message', '{"type":"security.alert","timestamp":"2025-11-15T10:30:00+01:00","data":{"severity":"critical","alert_type":"mfa_failed","message":"x"}}\n{"type":"quota.event","data":{}}');
    expect(alerts).to.have.length(1);
    expect(alerts[0]).to.deep.equal({
      type: 'security.alert',
      timestamp: '2025-11-15T10:30:00+01:00',
      data: { severity: 'critical', alert_type: 'mfa_failed', message: 'x' },
    });
    expect(all.map((m) => m.type)).to.deep.equal(['security.alert', 'quota.event']);
    expect(el.lastMessage?.type).to.equal('quota.event');
  });

  it('fires bubbling, composed lifecycle events', async () => {
    const states = listen<{ state: string; previous: string }>('streamspace-state');
    let openEvent: CustomEvent | undefined;
    const onOpen = (event: Event) => (openEvent = event as CustomEvent);
    document.addEventListener('streamspace-open', onOpen);
    cleanups.push(() => document.removeEventListener('streamspace-open', onOpen));
    const el = await attach();
    await waitUntil(() => el.connected);
    expect(states.map((s) => s.state)).to.deep.equal(['connecting', 'open']);
    expect(openEvent?.bubbles).to.be.true;
    expect(openEvent?.composed).to.be.true;
    expect(openEvent?.detail).to.deep.equal({});
  });

  it('a server message can never fake a lifecycle or native event', async () => {
    const opens = listen('streamspace-open');
    const clicks = listen('click');
    const invalid = listen<{ reason: string }>('streamspace-invalid-message');
    const el = await attach();
    await waitUntil(() => el.connected);
    endpoint.server.emit('message', '{"type":"streamspace-open","data":{}}\n{"type":"click","data":{}}\n{"type":"ok.event","data":{}}');
    expect(opens).to.have.length(1);
    expect(clicks).to.have.length(0);
    expect(invalid.map((i) => i.reason)).to.deep.equal(['unsafe-type', 'unsafe-type']);
  });

  it('maps attributes to the connection', async () => {
    const el = await attach(
      'token-param="jwt" auto-reconnect="false" reconnect-interval="50" max-reconnect-delay="500" max-reconnect-attempts="Infinity" token-key="portal-token" manual',
    );
    localStorage.setItem('portal-token', 'portal');
    await el.updateComplete;
    expect(el.tokenParam).to.equal('jwt');
    expect(el.autoReconnect).to.be.false;
    expect(el.reconnectInterval).to.equal(50);
    expect(el.maxReconnectDelay).to.equal(500);
    expect(el.maxReconnectAttempts).to.equal(Infinity);
    expect(el.manual).to.be.true;
    expect(el.connection.options).to.include({ tokenParam: 'jwt', autoReconnect: false, reconnectInterval: 50, maxReconnectAttempts: Infinity, tokenKey: 'portal-token' });
    await tick(20);
    expect(el.state).to.equal('idle');
    let url = '';
    endpoint.server.on('connection', (socket) => (url = socket.url));
    el.connect();
    await waitUntil(() => el.connected);
    expect(new URL(url).searchParams.get('jwt')).to.equal('portal');
    // auto-reconnect="false": a drop ends the story.
    endpoint.server.clients()[0]!.close({ code: 1006, reason: '', wasClean: false });
    await waitUntil(() => el.state === 'closed');
  });

  it('defaults url to the page host and never reflects or leaks the token', async () => {
    const el = document.createElement('streamspace-enterprise-ws');
    el.manual = true;
    expect(el.url).to.equal(`ws://${location.host}/api/v1/ws/enterprise`);
    el.token = 'secret-token';
    el.url = endpoint.url;
    document.body.append(el);
    cleanups.push(() => el.remove());
    await el.updateComplete;
    expect(el.getAttribute('token')).to.equal(null);
    expect(el.outerHTML).not.to.contain('secret-token');
    const details: unknown[] = [];
    el.addEventListener('streamspace-state', (e) => details.push(e.detail));
    el.connect();
    await waitUntil(() => el.connected);
    expect(JSON.stringify(details)).not.to.contain('secret-token');
    expect(el.url).to.equal(endpoint.url);
  });

  it('connects as soon as a token is set when it had none', async () => {
    localStorage.clear();
    const el = await attach();
    await waitUntil(() => el.state === 'unauthenticated');
    el.token = TOKEN;
    await waitUntil(() => el.connected);
  });

  it('keeps its socket when moved in the document (portals re-parent nodes)', async () => {
    const el = await attach();
    await waitUntil(() => el.connected);
    const other = document.createElement('section');
    document.body.append(other);
    cleanups.push(() => other.remove());
    other.append(el);
    await tick(30);
    document.body.insertBefore(el, document.body.firstChild);
    await tick(30);
    expect(el.state).to.equal('open');
    expect(endpoint.tokens).to.have.length(1);
    expect(openSockets(endpoint)).to.equal(1);
    el.remove();
  });

  it('removed for good: closes the socket and leaves no timer or listener behind', async () => {
    const el = await attach('reconnect-interval="40" max-reconnect-delay="40"');
    await waitUntil(() => el.connected);
    endpoint.server.clients()[0]!.close({ code: 1006, reason: '', wasClean: false });
    await waitUntil(() => el.state === 'reconnecting' || el.state === 'open');
    await waitUntil(() => el.connected);
    el.remove();
    await tick(0);
    expect(el.state).to.equal('closed');
    await waitUntil(() => openSockets(endpoint) === 0);
    const before = endpoint.tokens.length;
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'streamspace-auth' }));
    await tick(100);
    expect(endpoint.tokens.length).to.equal(before);
  });

  it('re-attached after removal connects again', async () => {
    const el = await attach();
    await waitUntil(() => el.connected);
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(() => el.state === 'closed');
    parent.append(el);
    await waitUntil(() => el.connected);
    expect(openSockets(endpoint)).to.equal(1);
  });

  it('disconnect(), reconnect() and send() act on the socket', async () => {
    const el = await attach();
    await waitUntil(() => el.connected);
    expect(el.send({ type: 'ping' })).to.be.true;
    await waitUntil(() => endpoint.received.length === 1);
    expect(endpoint.received[0]).to.equal('{"type":"ping"}');
    el.disconnect();
    expect(el.state).to.equal('closed');
    await waitUntil(() => openSockets(endpoint) === 0);
    el.reconnect();
    await waitUntil(() => el.connected);
    expect(el.reconnectAttempts).to.equal(0);
    expect(el.nextReconnectAt).to.equal(null);
  });

  it('connected means "socket open"', async () => {
    const el = await attach();
    expect(el.connected).to.be.false;
    await waitUntil(() => el.state === 'open');
    expect(el.connected).to.be.true;
    el.remove();
    await waitUntil(() => el.state === 'closed');
    expect(el.connected).to.be.false;
  });

  it('isConnected is the DOM\'s own: true while attached, whatever the socket does', async () => {
    const el = await attach('manual');
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(el.isConnected).to.be.true;
    expect(el.renderOptions.isConnected).to.be.true;
    // Lit reads isConnected: a controller added while the socket is down is still started.
    let started = 0;
    el.addController({ hostConnected: () => (started += 1) });
    expect(started).to.equal(1);
    el.remove();
    expect(el.isConnected).to.be.false;
  });

  it('defining twice does not throw', () => {
    expect(() => defineElement('streamspace-enterprise-ws', class extends StreamSpaceEnterpriseWs {})).not.to.throw();
    expect(customElements.get('streamspace-enterprise-ws')).to.equal(StreamSpaceEnterpriseWs);
  });

  it('the drop-in script loaded after the ES module does not throw, and the module keeps the names', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    cleanups.push(() => window.removeEventListener('error', onError));
    const script = document.createElement('script');
    script.src = '/dist/streamspace-enterprise-ws.iife.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    cleanups.push(() => script.remove());
    await loaded;
    expect(errors).to.deep.equal([]);
    expect(customElements.get('streamspace-enterprise-ws')).to.equal(StreamSpaceEnterpriseWs);
  });

  describe('notifications', () => {
    it('renders its own toast stack unless notifications="false"', async () => {
      const el = await attach();
      expect(el.shadowRoot!.querySelector('streamspace-toast-stack')).to.equal(null);
      el.notifications = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('streamspace-toast-stack')).to.exist;
    });

    it('uses a child stack when one is present', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<streamspace-enterprise-ws url="${endpoint.url}"><streamspace-toast-stack position="top-left"></streamspace-toast-stack></streamspace-enterprise-ws>`;
      const el = container.firstElementChild as StreamSpaceEnterpriseWs;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('streamspace-toast-stack')).to.equal(null);
      const shown = record<{ toast: { title: string } }>(el, 'streamspace-toast-show');
      await waitUntil(() => el.connected);
      await waitUntil(() => shown.length > 0, 'no connection toast in the child stack');
    });
  });
});
