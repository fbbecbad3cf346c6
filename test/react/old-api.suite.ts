// The old StreamSpace UI's provider and hooks (test/react/old-api-app.tsx), against the real
// endpoint on loopback, in one React version: events arrive, status follows a server drop,
// sendMessage reaches the server once, StrictMode leaves one subscription per hook and one socket.
import { expect, waitUntil } from '@open-wc/testing';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { type Harness, loadHarness } from './load-harness.js';

// Loopback is fast, but CI machines are small and busy: generous waits, no timing assertions.
const until = (predicate: () => unknown, message?: string) => waitUntil(predicate, message, { timeout: 8000 });

export function oldApiSuite(version: 18 | 19): void {
  describe(`React ${version}: the old provider and hooks, import path changed`, function () {
    this.timeout(30_000);
    let harness: Harness;
    let ep: TestEndpoint;
    let container: HTMLElement;
    let unmount: (() => void) | undefined;
    let props: { url: string; token: string };

    const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;
    const alerts = () => [...container.querySelectorAll('li')].map((li) => li.textContent);
    const alert = (message: string) => ({ type: 'security.alert', data: { alert_type: 'login', severity: 'high', message } });

    before(async () => {
      harness = await loadHarness(version);
      expect(harness.version.split('.')[0]).to.equal(String(version));
    });

    beforeEach(async () => {
      ep = await startEndpoint();
      props = { url: ep.url, token: await ep.token('alice') };
      container = document.createElement('div');
      document.body.append(container);
    });

    afterEach(async () => {
      unmount?.();
      unmount = undefined;
      container.remove();
      await ep.close();
    });

    const mountApp = async (strict = false) => {
      unmount = harness.mount(container, harness.oldApp(props), strict);
      await until(() => text('.status') === 'Connected', 'never showed "Connected"');
    };

    it('renders the provider as <streamspace-enterprise-ws>, token as a property only', async () => {
      await mountApp();
      const element = container.querySelector('streamspace-enterprise-ws')!;
      expect(element.token).to.equal(props.token);
      expect(element.notifications).to.equal(true);
      expect(element.hasAttribute('token')).to.equal(false);
      expect(container.innerHTML).not.to.contain(props.token);
    });

    it('delivers security alerts to useSecurityAlertEvents and custom.event to useWebSocketEvent', async () => {
      await mountApp();
      await ep.burst('alice', [alert('first'), { type: 'custom.event', data: { note: 'a' } }, alert('second')]);
      await until(() => alerts().length === 2 && text('output') === 'a', 'the events never arrived');
      expect(alerts()).to.deep.equal(['high: first', 'high: second']);
    });

    it('follows a server drop: Disconnected, Reconnecting... (n), then Connected again', async () => {
      await mountApp();
      await ep.stop();
      await until(() => text('.status') === 'Disconnected', 'isConnected stayed true');
      await until(() => /^Reconnecting\.\.\. \([1-9]\d*\)$/.test(text('.attempts') ?? ''), 'reconnectAttempts never showed');
      await ep.restart();
      await until(() => text('.status') === 'Connected', 'never reconnected');
      await until(() => text('.attempts') === null, 'reconnectAttempts did not return to 0');
    });

    it('sendMessage reaches the server once', async () => {
      await mountApp();
      container.querySelector('button')!.click();
      await until(async () => (await ep.received('alice')).length > 0, 'nothing reached the server');
      await ep.idle();
      expect((await ep.received('alice')).map((text) => JSON.parse(text))).to.deep.equal([{ type: 'ping', source: 'fixture' }]);
    });

    it('StrictMode: one socket, and each hook hears each message once', async () => {
      await mountApp(true);
      await ep.burst('alice', [alert('once'), { type: 'custom.event', data: { note: 'b' } }]);
      await until(() => alerts().length === 1 && text('output') === 'b', 'the events never arrived');
      await ep.send('alice', alert('twice?'));
      await until(() => alerts().length === 2);
      expect(alerts()).to.deep.equal(['high: once', 'high: twice?']);
      expect(text('output')).to.equal('b');
      expect(await ep.clients('alice')).to.equal(1);
      expect(await ep.opened('alice')).to.have.length(1);
      container.querySelector('button')!.click();
      await until(async () => (await ep.received('alice')).length > 0);
      await ep.idle();
      expect(await ep.received('alice')).to.have.length(1);
    });

    it('closes the socket when the provider unmounts', async () => {
      await mountApp();
      unmount!();
      unmount = undefined;
      await until(async () => (await ep.clients('alice')) === 0, 'the socket stayed open');
    });
  });
}
