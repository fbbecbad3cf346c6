// Gaps and catch-up ("Gaps and catch-up", DESIGN.md) against the real StreamSpace-like endpoint
// (demo/server) on loopback: the element on this page, and same-origin iframes as the user's tabs.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { StreamSpaceNotificationCenter } from '../../src/elements/notification-center/notification-center.js';
import type { CatchUpRequest } from '../../src/connection/gap-tracker.js';
import type { CatchUpDetail, ErrorDetail, GapDetail } from '../../src/connection/events.js';
import { LAST_CONNECTED_KEY } from '../../src/connection/gap-tracker.js';
import { SERVER_SEND_BUFFER } from '../../src/protocol/limits.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { eventually, FrameTab, start, status } from '../sharing/tabs.js';
import { open } from '../elements/notification-center.helpers.js';

const until = (predicate: () => unknown, message?: string, timeout = 10_000) => waitUntil(predicate, message, { timeout, interval: 20 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let users = 0;
const freshUser = () => `gaps-${Date.now().toString(36)}-${++users}`;

/** Alert `n`, stamped as the server stamps (nanoseconds), so a catch-up can return the very same message. */
const alert = (n: number) => ({
  type: 'security.alert',
  timestamp: `${new Date(Date.now() - 60_000).toISOString().slice(0, 19)}.${String(n).padStart(9, '0')}Z`,
  data: { alert_type: 'failed_login', severity: 'high', message: `Alert ${n}`, n },
});

describe('gaps and catch-up, end to end', function () {
  this.timeout(40_000);
  let ep: TestEndpoint;
  let user: string;
  let el: StreamSpaceEnterpriseWs | undefined;
  let center: StreamSpaceNotificationCenter | undefined;
  let tabs: FrameTab[] = [];
  const gaps: GapDetail[] = [];
  const caughtUp: CatchUpDetail[] = [];
  const errors: ErrorDetail[] = [];
  const seen: StreamSpaceMessage[] = [];
  const toasts: string[] = [];
  const listeners: Array<[string, (event: Event) => void]> = [
    ['streamspace-gap', (e) => gaps.push((e as CustomEvent<GapDetail>).detail)],
    ['streamspace-catch-up', (e) => caughtUp.push((e as CustomEvent<CatchUpDetail>).detail)],
    ['streamspace-error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail)],
    ['security.alert', (e) => seen.push((e as CustomEvent<StreamSpaceMessage>).detail)],
    ['streamspace-toast-show', (e) => toasts.push((e as CustomEvent<{ toast: { message: string } }>).detail.toast.message)],
  ];

  /** The element on this page, with the user's token, quick retries and the attributes given. */
  const place = async (attributes = '', setup?: (el: StreamSpaceEnterpriseWs) => void) => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<streamspace-enterprise-ws url="${ep.url}" reconnect-interval="50" max-reconnect-delay="200" max-reconnect-attempts="Infinity" share="false" ${attributes}></streamspace-enterprise-ws>`,
    );
    el = document.body.lastElementChild as StreamSpaceEnterpriseWs;
    el.token = await ep.token(user);
    setup?.(el);
    await until(() => el!.connected, 'not connected');
    return el;
  };

  /** The server is down for `ms`: the socket closes, reconnects are refused, then it is back. */
  const outage = async (ms: number) => {
    const before = Date.now();
    await ep.stop();
    await until(() => !el!.connected, 'still connected while the server is down');
    const down = Date.now();
    await sleep(ms);
    const back = Date.now();
    await ep.restart();
    return { before, down, back };
  };

  beforeEach(async () => {
    localStorage.clear();
    user = freshUser();
    for (const list of [gaps, caughtUp, errors, seen, toasts]) list.length = 0;
    for (const [type, listener] of listeners) document.addEventListener(type, listener);
    ep = await startEndpoint();
  });

  afterEach(async () => {
    for (const [type, listener] of listeners) document.removeEventListener(type, listener);
    el?.remove();
    center?.remove();
    el = center = undefined;
    for (const tab of tabs) await tab.close();
    tabs = [];
    localStorage.clear();
    await ep.close();
  });

  it('server down for 3 s while numbered alerts are sent: one reconnect gap whose from/to bracket the outage', async () => {
    await place('notifications="false"');
    let n = 0;
    let sending = true;
    const to = user;
    const sender = (async () => {
      while (sending) {
        // Stamped by the server: what it sent during the outage has times inside the gap.
        await ep.send(to, { type: 'security.alert', data: { severity: 'low', n: ++n } }).catch(() => 0);
        await sleep(100);
      }
    })();
    let before = 0;
    let back = 0;
    try {
      await until(() => seen.length >= 3, 'alerts before the outage');
      ({ before, back } = await outage(3000));
      await until(() => el!.connected, 'not reconnected');
      await until(() => gaps.length === 1, 'no gap');
      const countAfter = seen.length;
      await until(() => seen.length >= countAfter + 3, 'alerts after the outage');
    } finally {
      sending = false;
      await sender;
    }
    expect(gaps).to.have.length(1);
    const [gap] = gaps;
    expect(gap!.reason).to.equal('reconnect');
    expect(+gap!.from).to.be.within(before, back);
    expect(+gap!.to).to.be.at.least(back);
    expect(+gap!.to - +gap!.from).to.be.at.least(3000);
    // Nothing received inside it: the messages of the outage are the ones missing.
    const times = seen.map((m) => Date.parse(m.timestamp));
    expect(seen.filter((m) => !m.replayed && Date.parse(m.timestamp) > +gap!.from + 100 && Date.parse(m.timestamp) < +gap!.to - 100)).to.have.length(0, String(times));
  });

  it('catchUp returning the whole window, received messages included: each message once in the history, one summary toast, replayed set', async () => {
    const sent = [1, 2, 3, 4, 5, 6].map(alert);
    const calls: CatchUpRequest[] = [];
    await place('', (el) => {
      el.catchUp = async (request) => {
        calls.push(request);
        return sent;
      };
    });
    const history = el!.history;
    for (const message of sent.slice(0, 3)) await ep.send(user, message);
    await until(() => history.size === 3, 'the first three in the history');
    await outage(2500);
    await until(() => caughtUp.length === 1, 'no catch-up');
    expect(calls).to.have.length(1);
    expect(calls[0]!.reason).to.equal('reconnect');
    expect(calls[0]!.signal).to.be.instanceOf(AbortSignal);
    expect(caughtUp[0]!.count).to.equal(3);
    await until(() => history.size === 6, 'all six in the history');
    await sleep(300);
    expect(history.entries.map((e) => e.message).sort()).to.deep.equal(sent.map((m) => m.data.message).sort());
    expect(history.unreadCount).to.equal(6);
    expect(seen.filter((m) => m.replayed).map((m) => m.data.n)).to.deep.equal([4, 5, 6]);
    expect(seen.filter((m) => !m.replayed).map((m) => m.data.n)).to.deep.equal([1, 2, 3]);
    expect(toasts.filter((t) => t.includes('while you were away'))).to.deep.equal(['3 notifications while you were away']);
    expect(toasts.filter((t) => /^Alert [456]$/.test(t)), 'no toast per replayed message').to.have.length(0);
    expect(history.gaps.map((g) => g.filled)).to.deep.equal([3]);
    // Its "Open" opens the notification center.
    document.body.insertAdjacentHTML('beforeend', '<streamspace-notification-center></streamspace-notification-center>');
    center = document.body.lastElementChild as StreamSpaceNotificationCenter;
    const stack = el!.shadowRoot!.querySelector('streamspace-toast-stack')!;
    await until(() => stack.shadowRoot?.querySelector('[part="action-button"]'), 'no action on the summary toast');
    const open = stack.shadowRoot!.querySelector<HTMLButtonElement>('[part="action-button"]')!;
    expect(open.textContent).to.equal('Open');
    open.click();
    await until(() => center!.shadowRoot!.querySelector('[part="panel"]')?.matches(':popover-open'), 'the center did not open');
  });

  it('4 tabs: catchUp is called once, and every tab hears of the gap once and fires the replayed message', async () => {
    const token = await ep.token(user);
    for (let i = 0; i < 4; i += 1) {
      const tab = await FrameTab.open();
      await start(tab, { url: ep.url, token, catchUp: [alert(1)], maxReconnectAttempts: 1000 });
      tabs.push(tab);
    }
    for (const tab of tabs) await eventually(() => status(tab), (s) => s.state === 'open', 'a tab is not open');
    await ep.stop();
    for (const tab of tabs) await eventually(() => status(tab), (s) => s.state !== 'open', 'a tab is still open');
    await sleep(2500);
    await ep.restart();
    for (const tab of tabs) {
      await eventually(() => tab.run((t) => t.log()), (log) => log.includes('caught-up:1'), `${tab.name} did not hear of the catch-up`);
    }
    const calls = await Promise.all(tabs.map((tab) => tab.run((t) => t.catchUps())));
    expect(calls.reduce((a, b) => a + b, 0)).to.equal(1);
    for (const tab of tabs) {
      const log = await tab.run((t) => t.log());
      expect(log.filter((line) => line.startsWith('gap:')), tab.name).to.deep.equal(['gap:reconnect']);
      expect(log.filter((line) => line === 'm:security.alert:1:replayed'), tab.name).to.have.length(1);
    }
  });

  it('catchUp throws: the gap stays shown, the error fires once, and the next open retries', async () => {
    let calls = 0;
    await place('notifications="false"', (el) => {
      el.catchUp = async () => {
        calls += 1;
        throw new Error('source down');
      };
    });
    document.body.insertAdjacentHTML('beforeend', '<streamspace-notification-center></streamspace-notification-center>');
    center = document.body.lastElementChild as StreamSpaceNotificationCenter;
    await outage(2500);
    await until(() => errors.some((e) => e.reason === 'catch-up-failed'), 'no catch-up-failed error');
    expect(calls).to.equal(1);
    el!.reconnect();
    await until(() => calls === 2, 'not retried at the next open');
    await sleep(300);
    expect(errors.filter((e) => e.reason === 'catch-up-failed')).to.have.length(1);
    expect(el!.history.gaps.map((g) => [g.reason, g.filled])).to.deep.equal([['reconnect', undefined]]);
    center.show();
    await until(() => center!.shadowRoot!.querySelector('[part~="gap"]'), 'no gap in the panel');
    expect(center.shadowRoot!.querySelector('[part~="gap"]')!.textContent).to.match(/^Not connected .+ – .+: notifications from that time are not shown here$/);
  });

  it(`a frame of ${SERVER_SEND_BUFFER + 1} messages gives one server-overflow gap`, async () => {
    await place('notifications="false" gap-threshold="200"');
    const lines = Array.from({ length: SERVER_SEND_BUFFER + 1 }, (_, i) => JSON.stringify(alert(i + 1)));
    await ep.raw(lines.join('\n'), user);
    await until(() => seen.length === SERVER_SEND_BUFFER + 1, 'not every message of the frame');
    await until(() => gaps.length === 1, 'no gap');
    await ep.raw(lines.slice(0, 10).join('\n'), user);
    await until(() => seen.length === SERVER_SEND_BUFFER + 11, 'a smaller frame');
    await sleep(400);
    expect(gaps.map((g) => g.reason)).to.deep.equal(['server-overflow']);
  });

  it('every tab closed for 10 s, then one reopened: an away gap from the persisted time', async () => {
    const token = await ep.token(user);
    const first = await FrameTab.open();
    await start(first, { url: ep.url, token });
    await eventually(() => status(first), (s) => s.state === 'open', 'not open');
    await first.close();
    const closed = Date.now();
    const key = Object.keys(localStorage).find((k) => k.startsWith(LAST_CONNECTED_KEY));
    const persisted = Number(localStorage.getItem(key!));
    expect(persisted).to.be.within(closed - 1000, closed);
    await sleep(10_000);
    const again = await FrameTab.open();
    tabs.push(again);
    await start(again, { url: ep.url, token });
    const [gap] = await eventually(() => again.run((t) => t.gaps()), (list) => list.length > 0, 'no gap');
    expect(gap).to.deep.include({ reason: 'away', from: persisted });
    expect(gap!.to - gap!.from).to.be.at.least(10_000);
  });

  it('gaps render in the panel, read as part of the list (not alerts), filled ones as "Caught up"; axe finds nothing', async () => {
    await place('notifications="false"', (el) => {
      el.catchUp = async () => [alert(7)];
    });
    document.body.insertAdjacentHTML('beforeend', '<streamspace-notification-center></streamspace-notification-center>');
    center = document.body.lastElementChild as StreamSpaceNotificationCenter;
    await ep.send(user, alert(1));
    await until(() => el!.history.size === 1);
    await outage(2500);
    await until(() => el!.history.gaps[0]?.filled === 1, 'not filled');
    const lines = Array.from({ length: SERVER_SEND_BUFFER }, (_, i) => JSON.stringify(alert(100 + i)));
    el!.catchUp = null;
    await ep.raw(lines.join('\n'), user);
    await until(() => el!.history.gaps.length === 2, 'no overflow gap');
    // Under 100 unread: the bell's "99+" badge is another matter (its text is not in its name).
    el!.history.markAllRead();
    // Contrast is measured on what is painted: Firefox can leave the opening fade mid-way in a
    // frame it does not paint, and has no reduced-motion emulation, so the fade is turned off.
    center.style.setProperty('--streamspace-center-animation-duration', '0s');
    await open(center);
    await until(() => center!.shadowRoot!.querySelectorAll('[part~="gap"]').length === 2, 'gaps not in the panel');
    const dividers = [...center.shadowRoot!.querySelectorAll('[part~="gap"]')];
    expect(dividers.map((d) => d.tagName)).to.deep.equal(['LI', 'LI']);
    expect(dividers.every((d) => d.closest('ol') && !d.closest('[role="alert"], [aria-live]'))).to.equal(true);
    const texts = dividers.map((d) => d.textContent);
    expect(texts[0]).to.match(/^Some notifications around .+ may be missing: the server was overloaded$/);
    expect(texts[1]).to.match(/^Caught up: 1 notification from .+ – .+$/);
    await expect(center).to.be.accessible();
  });
});
