import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import type { MessageFormatter } from '../../src/toast/toast-feed.js';
import { type MockEndpoint, startMockEndpoint } from '../helpers/mock-server.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl';

/** The stack the element renders for itself (or its child stack). */
const stackOf = (el: StreamSpaceEnterpriseWs): StreamSpaceToastStack | null =>
  el.querySelector('streamspace-toast-stack') ?? el.shadowRoot!.querySelector('streamspace-toast-stack');

/** Message toasts; the connection's notice has a place of its own (`noticeTexts`). */
const toastNodes = (el: StreamSpaceEnterpriseWs, selector = 'li[data-id]:not(.notice)'): HTMLElement[] => [
  ...(stackOf(el)?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];

/** The title's own text, without its "×N" badge. */
const titleText = (li: Element): string =>
  [...(li.querySelector('[part="title"]')?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** What the user reads in each toast: title and message. */
const toastTexts = (el: StreamSpaceEnterpriseWs, selector?: string): string[] =>
  toastNodes(el, selector).map((li) =>
    [titleText(li), li.querySelector('[part="message"]')?.textContent?.trim()].filter(Boolean).join(' | '),
  );

const frame = (type: string, data: Record<string, unknown>) =>
  JSON.stringify({ type, timestamp: '2025-11-15T10:30:00.123456789Z', data });

describe('toasts from <streamspace-enterprise-ws> (mock-socket)', () => {
  let endpoint: MockEndpoint;
  let element: StreamSpaceEnterpriseWs | undefined;

  beforeEach(() => {
    localStorage.clear();
    endpoint = startMockEndpoint();
  });

  afterEach(() => {
    element?.remove();
    element = undefined;
    endpoint.stop();
  });

  async function mount(options: { notifications?: string; formatter?: MessageFormatter; child?: boolean } = {}) {
    element = await fixture<StreamSpaceEnterpriseWs>(html`<streamspace-enterprise-ws
      url=${endpoint.url}
      notifications=${options.notifications ?? 'true'}
      reconnect-interval="20"
      max-reconnect-delay="40"
      .token=${TOKEN}
      .formatter=${options.formatter ?? null}
      >${options.child ? html`<streamspace-toast-stack duration="0" max-visible="3"></streamspace-toast-stack>` : ''}
    </streamspace-enterprise-ws>`);
    await waitUntil(() => element!.state === 'open', 'never opened');
    return element;
  }

  /** Sends frames, then waits for the stack to render them. */
  async function send(el: StreamSpaceEnterpriseWs, ...frames: string[]) {
    endpoint.server.emit('message', frames.join('\n'));
    await el.updateComplete;
    await stackOf(el)?.updateComplete;
  }

  it('toasts "connected" once on the first open and stays silent for the welcome', async () => {
    const el = await mount();
    await send(el, frame('connection', { status: 'connected', message: 'Enterprise WebSocket connected' }));
    await waitUntil(() => toastTexts(el, 'li.notice').length > 0, 'no connection toast');
    expect(toastTexts(el, 'li[data-id]')).to.deep.equal(['Real-time updates connected']);
  });

  it('renders each default formatter', async () => {
    const el = await mount({ child: true });
    await send(
      el,
      frame('webhook.delivery', { webhook_id: 7, delivery_id: 42, status: 'failed' }),
      frame('security.alert', { alert_type: 'failed_login', severity: 'critical', message: 'Failed logins for admin' }),
      frame('node.health', { node_name: 'node-a', health_status: 'unhealthy', cpu_percent: 97, memory_percent: 80 }),
    );
    await waitUntil(() => toastTexts(el).length === 3);
    expect(toastTexts(el)).to.deep.equal([
      'Security alert: Failed login | Failed logins for admin',
      'Node unhealthy | Node node-a is unhealthy (CPU 97%, memory 80%).',
      'Webhook delivery failed | Delivery #42 to webhook #7 failed.',
    ]);
    const stack = stackOf(el)!;
    stack.dismissAll();
    await send(
      el,
      frame('schedule.event', { schedule_id: 3, event: 'failed' }),
      frame('scaling.event', { policy_id: 4, action: 'scale_up', result: 'quota exceeded' }),
      frame('compliance.violation', { violation_id: 11, policy_id: 2, severity: 'high' }),
    );
    await waitUntil(() => toastTexts(el).length === 3);
    expect(toastTexts(el)).to.have.members([
      'Scheduled session failed | Schedule #3 failed.',
      'Scaling failed | Scale up (policy 4) failed: quota exceeded',
      'Compliance violation | Policy 2 was violated (violation #11).',
    ]);
  });

  it('updates one toast per entity in place', async () => {
    const el = await mount({ child: true });
    stackOf(el)!.dismissAll();
    await send(el, frame('webhook.delivery', { webhook_id: 1, delivery_id: 5, status: 'retrying' }));
    await send(el, frame('webhook.delivery', { webhook_id: 1, delivery_id: 5, status: 'success' }));
    await send(el, frame('node.health', { node_name: 'n1', health_status: 'degraded' }));
    await send(el, frame('node.health', { node_name: 'n1', health_status: 'healthy' }));
    await waitUntil(() => toastTexts(el).length === 2);
    expect(toastTexts(el)).to.have.members([
      'Webhook delivered | Delivery #5 to webhook #1 succeeded.',
      'Node recovered | Node n1 is healthy again.',
    ]);
  });

  it('shows "reconnected" (not "connected") after the server drops the socket', async () => {
    const el = await mount();
    await waitUntil(() => toastTexts(el, 'li.notice').length === 1);
    const opens: unknown[] = [];
    el.addEventListener('streamspace-open', (e) => opens.push(e));
    endpoint.server.clients()[0].close();
    await waitUntil(() => opens.length === 1, 'never reopened', { timeout: 3000 });
    await waitUntil(() => toastTexts(el, 'li.notice')[0] === 'Real-time updates reconnected');
    expect(toastTexts(el, 'li[data-id]')).to.have.length(1);
  });

  it('shows no toasts with notifications="false", yet delivers every event', async () => {
    const el = await mount({ notifications: 'false' });
    let heard = 0;
    document.addEventListener('security.alert', () => heard++);
    await send(el, frame('security.alert', { severity: 'high', message: 'x' }));
    expect(heard).to.equal(1);
    expect(stackOf(el)).to.equal(null);
  });

  it('uses a custom formatter: options, null for silence, undefined for the default', async () => {
    const formatter: MessageFormatter = (m) =>
      m.type === 'acme.deploy' ? { title: 'Deploy', message: `<b>${String(m.data.version)}</b>` }
      : m.type === 'webhook.delivery' ? null
      : undefined;
    const el = await mount({ formatter, child: true });
    stackOf(el)!.dismissAll();
    await send(
      el,
      frame('acme.deploy', { version: '1.2.3' }),
      frame('webhook.delivery', { webhook_id: 1, delivery_id: 9, status: 'failed' }),
      frame('schedule.event', { schedule_id: 8, event: 'completed' }),
    );
    await waitUntil(() => toastTexts(el).length === 2);
    expect(toastTexts(el)).to.have.members(['Deploy | <b>1.2.3</b>', 'Scheduled session completed | Schedule #8 completed.']);
    const deploy = toastNodes(el).find((li) => li.textContent!.includes('1.2.3'))!;
    expect(deploy.querySelector('b'), 'server text is text, never markup').to.equal(null);
  });

  it('delivers all 5,000 events of a burst while the toast DOM stays bounded', async () => {
    const el = await mount();
    let heard = 0;
    const count = () => heard++;
    document.addEventListener('security.alert', count);
    try {
      const frames = Array.from({ length: 5000 }, (_, i) =>
        frame('security.alert', { alert_type: 'failed_login', severity: 'high', message: `Failed login #${i}` }),
      );
      // The server batches a backlog into a few large frames.
      for (let i = 0; i < frames.length; i += 500) endpoint.server.emit('message', frames.slice(i, i + 500).join('\n'));
      // Delivery runs in time slices (no long task), so the last events arrive a few tasks later.
      await waitUntil(() => heard === 5000, `${heard} of 5000 events heard`);
      await el.updateComplete;
      await stackOf(el)!.updateComplete;
      expect(toastNodes(el).length).to.be.at.most(3);
      const stack = stackOf(el)!;
      expect(stack.queue.size).to.be.at.most(1 + 3 + 100);
      // Exact: every alert not on screen (the newest 3 are).
      const more = () => stack.shadowRoot!.querySelector('[part="overflow"]')?.textContent;
      await waitUntil(() => more() === '+4,997 more', `overflow reads ${more()}`, { timeout: 10_000 });
    } finally {
      document.removeEventListener('security.alert', count);
    }
  });
});
