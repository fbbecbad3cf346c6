// A burst as a person meets it: what is on screen, what is heard, how it is cleared, and the
// notice that must survive it. Real elements, a mock endpoint, real clicks.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { StreamSpaceNotificationCenter } from '../../src/elements/notification-center/notification-center.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import { ToastFeed } from '../../src/toast/toast-feed.js';
import { type MockEndpoint, startMockEndpoint } from '../helpers/mock-server.js';
import { alert, freshUser, isOpen, jwt, listFilled, part } from './notification-center.helpers.js';
import { centre } from './toast-stack.helpers.js';

const visibleToasts = (stack: StreamSpaceToastStack, selector = 'li:not(.notice)') =>
  [...stack.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter((li) => !li.hidden);
const messageOf = (li: Element) => li.querySelector('[part="message"]')!.textContent!.trim();
const more = (stack: StreamSpaceToastStack) => stack.shadowRoot!.querySelector<HTMLElement>('[part="overflow"]:not([hidden])');

/** Everything a live region says, in order, as it says it. */
function listen(region: Element): string[] {
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  }).observe(region, { childList: true, subtree: true, characterData: true });
  return said;
}
const regionOf = (stack: StreamSpaceToastStack, live: string) => stack.shadowRoot!.querySelector(`[aria-live="${live}"]`)!;

describe('a burst of 1,000 critical alerts, with a notification center', () => {
  let endpoint: MockEndpoint;
  let ws: StreamSpaceEnterpriseWs;
  let center: StreamSpaceNotificationCenter;
  let stack: StreamSpaceToastStack;

  beforeEach(async () => {
    endpoint = startMockEndpoint();
    const root = await fixture<HTMLDivElement>(html`<div>
      <streamspace-notification-center></streamspace-notification-center>
      <streamspace-enterprise-ws url=${endpoint.url} history-storage="session" .token=${jwt(freshUser())}>
        <streamspace-toast-stack></streamspace-toast-stack>
      </streamspace-enterprise-ws>
    </div>`);
    ws = root.querySelector('streamspace-enterprise-ws')!;
    center = root.querySelector('streamspace-notification-center')!;
    stack = root.querySelector('streamspace-toast-stack')!;
    await waitUntil(() => ws.state === 'open' && center.connectionElement === ws, 'never opened');
    const burst = Array.from({ length: 1000 }, (_, i) => alert(`Policy ${i} was violated`, 'critical'));
    endpoint.server.emit('message', burst.map((m) => JSON.stringify(m)).join('\n'));
    await waitUntil(() => center.entries.length === 500 && more(stack)?.textContent === '+997 more', "the summary never read +997 more");
  });

  afterEach(async () => {
    endpoint.stop();
    await resetMouse();
  });

  it('shows the newest 3 and one exact "+997 more"; two clicks clear it, and the center keeps every alert it holds', async () => {
    await stack.updateComplete;
    expect(visibleToasts(stack).map(messageOf)).to.deep.equal([
      'Policy 999 was violated',
      'Policy 998 was violated',
      'Policy 997 was violated',
    ]);

    // Action 1: "+997 more" opens the center, which takes the toasts' place.
    await sendMouse({ type: 'click', position: centre(more(stack)!) });
    await waitUntil(() => isOpen(center), 'the center did not open');
    await waitUntil(() => visibleToasts(stack).length === 0 && !more(stack), 'message toasts stayed beside the open panel');
    await listFilled(center);
    // Action 2: "Mark all read" dismisses every toast that showed them.
    await sendMouse({ type: 'click', position: centre(part(center, 'action')!) });
    await waitUntil(() => center.unreadCount === 0);
    center.hide();
    await stack.updateComplete;
    await waitUntil(() => stack.queue.size === stack.queue.noticeCount && !more(stack), 'toasts came back after reading');
    expect(center.entries).to.have.length(500);
  });

  it('a revoked session after the burst shows "Sign in again"; the signed-out user’s alerts leave the screen', async () => {
    endpoint.server.clients()[0]!.close({ code: 4401, reason: '', wasClean: true });
    await waitUntil(() => visibleToasts(stack, 'li.notice').some((li) => /Sign in again/.test(li.textContent!)), 'no sign-in notice', {
      timeout: 3000,
    });
    const { top, bottom } = visibleToasts(stack, 'li.notice')[0]!.getBoundingClientRect();
    expect(top).to.be.at.least(0);
    expect(bottom).to.be.at.most(innerHeight);
    // Signing out forgets this user's history here, and with it the toasts that showed it.
    await waitUntil(() => visibleToasts(stack).length === 0 && !more(stack));
  });
});

describe('without a notification center, "+N more" dismisses the burst in one action', () => {
  it('clears every message toast and keeps the notice', async () => {
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack duration="0"></streamspace-toast-stack>`);
    stack.show({ id: 'conn', title: 'Signed out', message: 'Sign in again to receive real-time updates.', severity: 'error', notice: true });
    for (let i = 0; i < 200; i++) stack.show({ message: `m${i}`, severity: 'warning' });
    await stack.updateComplete;
    expect(more(stack)!.textContent).to.equal('+197 more');
    // The notice has its place above the newest toasts, never pushed out by them.
    const [notice] = visibleToasts(stack, 'li.notice');
    expect(notice!.getBoundingClientRect().bottom).to.be.at.most(visibleToasts(stack)[0]!.getBoundingClientRect().top);
    await sendMouse({ type: 'click', position: centre(more(stack)!) });
    await waitUntil(() => visibleToasts(stack).length === 0 && !more(stack));
    expect(visibleToasts(stack, 'li.notice')).to.have.length(1);
    await resetMouse();
  });
});

describe('what screen readers hear', () => {
  it('an outage: when it starts, when it gives up, when it ends; never per attempt', async () => {
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack></streamspace-toast-stack>`);
    const source = Object.assign(new EventTarget(), { reconnect() {} });
    const feed = new ToastFeed(source, stack);
    const polite = listen(regionOf(stack, 'polite'));
    const assertive = listen(regionOf(stack, 'assertive'));
    const fire = (type: string, detail: object) => source.dispatchEvent(new CustomEvent(type, { detail }));
    try {
      fire('streamspace-open', {});
      await waitUntil(() => polite.length === 1);
      fire('streamspace-reconnecting', { attempt: 1, delay: 10, maxAttempts: 10 });
      await waitUntil(() => polite.length === 2);
      for (let attempt = 2; attempt <= 10; attempt++) fire('streamspace-reconnecting', { attempt, delay: 10, maxAttempts: 10 });
      // The pill's words: "attempt 10 of 10", on screen only.
      await waitUntil(() => /attempt 10 of 10/.test(stack.shadowRoot!.querySelector('li.notice')!.textContent!));
      fire('streamspace-failed', { attempts: 10 });
      await waitUntil(() => assertive.length === 1);
      fire('streamspace-open', {});
      await waitUntil(() => polite.length === 3);
      expect(polite).to.deep.equal([
        'Success: Real-time updates connected',
        'Warning: Connection lost. Reconnecting… (attempt 1 of 10)',
        'Success: Real-time updates reconnected',
      ]);
      expect(assertive).to.deep.equal(['Error: Real-time updates unavailable. Gave up after 10 attempts.']);
    } finally {
      feed.disconnect();
    }
  });

  it('with a status pill on the page, the stack does not announce the connection too', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <streamspace-connection-status></streamspace-connection-status>
      <streamspace-toast-stack></streamspace-toast-stack>
    </div>`);
    const stack = root.querySelector('streamspace-toast-stack')!;
    const source = Object.assign(new EventTarget(), { reconnect() {} });
    const feed = new ToastFeed(source, stack);
    const polite = listen(regionOf(stack, 'polite'));
    const assertive = listen(regionOf(stack, 'assertive'));
    try {
      source.dispatchEvent(new CustomEvent('streamspace-reconnecting', { detail: { attempt: 1, delay: 10, maxAttempts: 3 } }));
      stack.show({ message: 'An ordinary message' });
      await waitUntil(() => polite.length === 1);
      expect(polite).to.deep.equal(['Information: An ordinary message']);
      expect(assertive).to.deep.equal([]);
      expect(stack.shadowRoot!.querySelector('li.notice')!.textContent).to.match(/attempt 1 of 3/);
    } finally {
      feed.disconnect();
    }
  });

  it('a mixed burst is one announcement, in one region: "300 new notifications, 150 of them alerts"', async () => {
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack></streamspace-toast-stack>`);
    const polite = listen(regionOf(stack, 'polite'));
    const assertive = listen(regionOf(stack, 'assertive'));
    for (let i = 0; i < 300; i++) {
      stack.show(i % 2 ? { title: 'Build', message: `build ${i}` } : { title: 'Policy', message: `violation #${i}`, severity: 'error' });
    }
    await waitUntil(() => assertive.length === 1);
    expect(assertive).to.deep.equal(['300 new notifications, 150 of them alerts']);
    expect(polite).to.deep.equal([]);
  });
});
