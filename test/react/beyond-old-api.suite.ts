// What ./react adds to the old API, in one React version, against the real endpoint: hooks
// without a provider share one socket; useNotifications, useConnectionStatus and the
// element components with their `on…` props.
import { expect, waitUntil } from '@open-wc/testing';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { type Harness, loadHarness } from './load-harness.js';

const until = (predicate: () => unknown, message?: string) => waitUntil(predicate, message, { timeout: 8000 });
const alert = (message: string) => ({ type: 'security.alert', data: { alert_type: 'login', severity: 'critical', message } });

export function beyondOldApiSuite(version: 18 | 19): void {
  describe(`React ${version}: hooks without a provider, notifications, components`, function () {
    this.timeout(30_000);
    let harness: Harness;
    let ep: TestEndpoint;
    let container: HTMLElement;
    let unmount: (() => void) | undefined;
    let props: { url: string; token: string };
    const all = (selector: string) => [...container.querySelectorAll(selector)].map((node) => node.textContent);

    before(async () => {
      harness = await loadHarness(version);
    });

    beforeEach(async () => {
      ep = await startEndpoint();
      props = { url: ep.url, token: await ep.token('alice') };
      container = document.createElement('div');
      document.body.append(container);
      Object.assign(harness.calls, { alerts: 0, messages: 0, unread: [], shown: 0 });
    });

    afterEach(async () => {
      unmount?.();
      unmount = undefined;
      container.remove();
      await ep.close();
    });

    for (const strict of [false, true]) {
      it(`without a provider, every hook of the page shares one socket${strict ? ' (StrictMode)' : ''}`, async () => {
        unmount = harness.mount(container, harness.standalone(props, 3), strict);
        await until(() => all('.status').every((text) => text === 'Connected'), 'the hooks never connected');
        expect(all('.state')).to.deep.equal(['open', 'open', 'open']);
        await ep.send('alice', alert('shared'));
        // Three components, each hook called once per message.
        await until(() => harness.calls.alerts === 3 && harness.calls.messages === 3, `calls: ${JSON.stringify(harness.calls)}`);
        await ep.send('alice', alert('again'));
        await until(() => harness.calls.alerts === 6 && harness.calls.messages === 6, `calls: ${JSON.stringify(harness.calls)}`);
        expect(await ep.clients('alice')).to.equal(1);
        expect(await ep.opened('alice')).to.have.length(1);
        container.querySelector('button')!.click();
        await until(async () => (await ep.received('alice')).length > 0);
        await ep.idle();
        expect(await ep.received('alice')).to.deep.equal([JSON.stringify({ type: 'standalone' })]);
      });
    }

    it('closes the shared socket with the last hook', async () => {
      unmount = harness.mount(container, harness.standalone(props, 2));
      await until(async () => (await ep.clients('alice')) === 1);
      unmount();
      unmount = undefined;
      await until(async () => (await ep.clients('alice')) === 0, 'the shared socket stayed open');
      expect(await ep.opened('alice')).to.have.length(1);
    });

    it('useNotifications lists the history; markAllRead and clear change it', async () => {
      unmount = harness.mount(container, harness.center(props));
      await until(() => all('.state')[0] === 'open', 'never connected');
      await ep.burst('alice', [alert('Root login'), alert('Second login')]);
      await until(() => all('ol li').length === 2, 'the history never showed the alerts');
      expect(all('.unread')).to.deep.equal(['2']);
      await until(() => harness.calls.unread.at(-1) === 2, 'onUnreadChange never said 2');
      container.querySelector<HTMLButtonElement>('.read')!.click();
      await until(() => all('.unread')[0] === '0');
      await until(() => harness.calls.unread.at(-1) === 0, 'onUnreadChange never said 0');
      container.querySelector<HTMLButtonElement>('.clear')!.click();
      await until(() => all('ol li').length === 0);
    });

    it('components set their props as properties and call their on… props', async () => {
      unmount = harness.mount(container, harness.center(props));
      const stack = container.querySelector('streamspace-toast-stack')!;
      const center = container.querySelector('streamspace-notification-center')!;
      const status = container.querySelector('streamspace-connection-status')!;
      expect([stack.position, stack.maxVisible, center.placement, status.compact]).to.deep.equal(['top-left', 2, 'bottom-start', true]);
      expect(container.querySelector('streamspace-enterprise-ws')!.share).to.equal(false);
      await until(() => all('.state')[0] === 'open');
      await ep.send('alice', alert('Toast me'));
      await until(() => stack.shadowRoot!.textContent!.includes('Toast me'), 'no toast');
      // The welcome message's toast, then this one.
      expect(harness.calls.shown).to.equal(2);
      container.querySelector<HTMLButtonElement>('.move')!.click();
      await until(() => stack.position === 'bottom-right', 'a changed prop did not reach the element');
    });
  });
}
