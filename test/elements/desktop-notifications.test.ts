import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import { startMockEndpoint, type MockEndpoint } from '../helpers/mock-server.js';
import '../../src/translations/fr.js';
import { alert, freshUser, isOpen, jwt, message, part } from './notification-center.helpers.js';

/** A stand-in for the system's `Notification`, recording what would have been shown. */
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requests = 0;
  static answer: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static async requestPermission(): Promise<NotificationPermission> {
    FakeNotification.requests++;
    FakeNotification.permission = FakeNotification.answer;
    return FakeNotification.answer;
  }
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this);
  }
  close(): void {
    this.closed = true;
  }
}

describe('desktop notifications (desktop-notifications on the connection element)', () => {
  const real = { Notification: window.Notification, hasFocus: document.hasFocus, focus: window.focus };
  let focused = false;
  let windowFocus = 0;
  let endpoint: MockEndpoint;

  beforeEach(() => {
    Object.assign(FakeNotification, { permission: 'granted', requests: 0, answer: 'granted', shown: [] });
    focused = false;
    windowFocus = 0;
    (window as { Notification: unknown }).Notification = FakeNotification;
    document.hasFocus = () => focused;
    window.focus = () => void windowFocus++;
    endpoint = startMockEndpoint();
  });

  afterEach(() => {
    window.Notification = real.Notification;
    document.hasFocus = real.hasFocus;
    window.focus = real.focus;
    endpoint.stop();
  });

  async function connect(mode: string, extra = html``) {
    const root = await fixture<HTMLDivElement>(html`<div>
      <streamspace-enterprise-ws url=${endpoint.url} notifications="false" history-storage="session"
        desktop-notifications=${mode} .token=${jwt(freshUser())}></streamspace-enterprise-ws>${extra}
    </div>`);
    const ws = root.querySelector<StreamSpaceEnterpriseWs>('streamspace-enterprise-ws')!;
    await waitUntil(() => ws.state === 'open');
    void ws.history; // keeps entries from now on, to compare tags with
    await ws.updateComplete;
    return { root, ws };
  }

  const send = (...messages: object[]) => endpoint.server.emit('message', messages.map((m) => JSON.stringify(m)).join('\n'));
  const settle = () => aTimeout(250); // the feed's batch and the 100 ms focus question

  it('off by default: nothing is shown', async () => {
    await connect('');
    send(alert('x', 'critical'));
    await settle();
    expect(FakeNotification.shown).to.have.length(0);
  });

  it('alerts: errors only, with the entry id as tag', async () => {
    const { ws } = await connect('alerts');
    send(alert('low one', 'low'));
    await settle();
    expect(FakeNotification.shown).to.have.length(0);
    send(alert('Root login from a new country', 'critical'));
    await waitUntil(() => FakeNotification.shown.length === 1);
    const [shown] = FakeNotification.shown;
    expect(shown.title).to.equal('Security alert: Failed login');
    expect(shown.options.body).to.equal('Root login from a new country');
    expect(shown.options.tag).to.equal(ws.history.entries[0].id);
  });

  it('all: every entry; a burst is one notification', async () => {
    await connect('all');
    send(message('scaling.event', { action: 'scale_up', result: 'success' }), alert('a', 'low'), alert('b', 'high'));
    await waitUntil(() => FakeNotification.shown.length === 1);
    await settle();
    expect(FakeNotification.shown).to.have.length(1);
    expect(FakeNotification.shown[0].options.body).to.contain('b').and.contain('+2 more');
  });

  it('speaks the element’s language, and says which one (lang), the server’s text untranslated', async () => {
    const { root } = await connect('all');
    root.lang = 'fr';
    send(alert('a', 'low'), alert('Connexions refusées', 'high'));
    await waitUntil(() => FakeNotification.shown.length === 1);
    const [shown] = FakeNotification.shown;
    expect(shown!.title).to.equal('Alerte de sécurité\u00a0: Failed login');
    expect(shown!.options.body).to.equal('Connexions refusées\n(+1 autre)');
    expect(shown!.options.lang).to.equal('fr');
    expect(shown!.options.dir).to.equal('auto');
  });

  it('not while this tab has focus', async () => {
    await connect('all');
    focused = true;
    send(alert('x', 'critical'));
    await settle();
    expect(FakeNotification.shown).to.have.length(0);
  });

  it('not while another tab of the origin has focus', async () => {
    const otherTab = new BroadcastChannel('streamspace-desktop-focus');
    otherTab.onmessage = ({ data }) => data === '?' && otherTab.postMessage('focused');
    try {
      await connect('all');
      send(alert('x', 'critical'));
      await settle();
      expect(FakeNotification.shown).to.have.length(0);
    } finally {
      otherTab.close();
    }
  });

  it('once per browser: of two tabs receiving the message, one shows it', async () => {
    await connect('all');
    const second = await fixture<HTMLDivElement>(html`<div>
      <streamspace-enterprise-ws url=${endpoint.url} notifications="false" history-storage="off"
        desktop-notifications="all" .token=${jwt(freshUser())}></streamspace-enterprise-ws>
    </div>`);
    await waitUntil(() => second.querySelector<StreamSpaceEnterpriseWs>('streamspace-enterprise-ws')!.state === 'open');
    send(alert('x', 'critical'));
    await waitUntil(() => FakeNotification.shown.length > 0);
    await settle();
    expect(FakeNotification.shown).to.have.length(1);
  });

  it('never prompts by itself; denied is respected silently', async () => {
    FakeNotification.permission = 'default';
    const { ws } = await connect('alerts');
    send(alert('x', 'critical'));
    await settle();
    expect(FakeNotification.requests).to.equal(0);
    expect(FakeNotification.shown).to.have.length(0);
    FakeNotification.answer = 'denied';
    expect(await ws.requestDesktopPermission()).to.equal('denied');
    expect(FakeNotification.requests).to.equal(1);
    expect(await ws.requestDesktopPermission()).to.equal('denied');
    expect(FakeNotification.requests, 'a denied permission is not asked again').to.equal(1);
    send(alert('y', 'critical'));
    await settle();
    expect(FakeNotification.shown).to.have.length(0);
  });

  it('the center offers "Enable desktop alerts" while permission was not asked', async () => {
    FakeNotification.permission = 'default';
    const { root } = await connect('alerts', html`<streamspace-notification-center></streamspace-notification-center>`);
    const center = root.querySelector('streamspace-notification-center')!;
    center.show();
    await waitUntil(() => isOpen(center) && part(center, 'heading'));
    const offer = () => part<HTMLButtonElement>(center, 'action')?.parentElement?.querySelector<HTMLButtonElement>('[data-do="desktop"]');
    expect(offer()!.textContent).to.equal('Enable desktop alerts');
    offer()!.click();
    await waitUntil(() => FakeNotification.requests === 1);
    await waitUntil(() => !offer(), 'the offer stays after an answer');
  });

  it('clicking it focuses the tab and opens the center at the entry', async () => {
    const { root, ws } = await connect('alerts', html`<streamspace-notification-center></streamspace-notification-center>`);
    const center = root.querySelector('streamspace-notification-center')!;
    send(alert('older', 'critical', 60), alert('newest', 'low'));
    await waitUntil(() => FakeNotification.shown.length === 1);
    FakeNotification.shown[0].onclick!();
    expect(windowFocus).to.equal(1);
    expect(FakeNotification.shown[0].closed).to.be.true;
    await waitUntil(() => isOpen(center), 'the center did not open');
    const target = ws.history.entries.find((e) => e.message === 'older')!;
    await waitUntil(() => (center.shadowRoot!.activeElement as HTMLElement | null)?.closest('li')?.dataset.id === target.id);
  });
});
