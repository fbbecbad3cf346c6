// Part of `npm run screenshots`: <streamspace-notification-center> with a gap in its timeline,
// before and after a catch-up filled it (docs/gaps-before.png, docs/gaps-after.png). The gap
// and entries go in through the connection element's `history`, as the connection puts them.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { adminConsolePage, elementsBundle, shootOpenCenter, withScreenshotPage } from './screenshot-kit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs`;

const page = adminConsolePage('light', 'en-GB');

/** Runs in the page: yesterday evening's entries, a night away, this morning's entries. */
const fill = (filled: boolean) => `
  const ws = document.querySelector('streamspace-enterprise-ws');
  const ago = (minutes) => Date.now() - minutes * 60000;
  const add = (minutes, type, toast, read) => {
    const entry = ws.history.add({ type, timestamp: new Date(ago(minutes)).toISOString(), data: { n: minutes } }, toast);
    if (read) ws.history.markRead(entry.id);
  };
  add(900, 'schedule.event', { title: 'Scheduled session completed', message: 'Schedule #12 completed session s-8841.', severity: 'success' }, true);
  add(880, 'webhook.delivery', { title: 'Webhook delivered', message: 'Delivery #5510 to webhook #3 succeeded.', severity: 'success' }, true);
  ws.history.addGap({ from: ago(870), to: ago(20), reason: 'away' }${filled ? ', 2' : ''});
  ${filled ? `add(600, 'security.alert', { title: 'Security alert: Failed login', message: 'Repeated failed logins for admin@corp from 203.0.113.7.', severity: 'error' });
  add(300, 'compliance.violation', { title: 'Compliance violation', message: 'Policy 9 was violated (violation #207).', severity: 'warning' });` : ''}
  add(12, 'node.health', { title: 'Node unhealthy', message: 'Node node-eu-3 is unhealthy (CPU 97%, memory 91%).', severity: 'error' });
  add(1, 'security.alert', { title: 'Security alert: Failed login', message: 'Repeated failed logins for ops@corp from 198.51.100.4.', severity: 'error', priority: 'critical' });
`;

async function render(browserPage: Page, filled: boolean, bundle: string): Promise<void> {
  const file = `gaps-${filled ? 'after' : 'before'}.png`;
  await shootOpenCenter(browserPage, { html: page, bundle, fill: fill(filled), colorScheme: 'light', out, file });
}

const bundle = await elementsBundle(root);
await withScreenshotPage(out, { width: 960, height: 560 }, async (browserPage) => {
  for (const filled of [false, true]) await render(browserPage, filled, bundle);
});
