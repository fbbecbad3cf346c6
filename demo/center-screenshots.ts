// Part of `npm run screenshots`: renders <streamspace-notification-center> with its panel open
// in headless Chromium into docs/notification-center-light.png and -dark.png. Bundles the
// elements from source with Vite (no build, no server); the history is filled through the
// connection element's `history`, as the toast formatter would fill it.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { adminConsolePage, elementsBundle, shootOpenCenter, withScreenshotPage } from './screenshot-kit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs`;

/** Runs in the page: entries of every severity, minutes to days old, a few read. */
const fill = `
  const ws = document.querySelector('streamspace-enterprise-ws');
  const at = (minutes) => new Date(Date.now() - minutes * 60000).toISOString();
  const add = (minutes, type, toast, read) => {
    const entry = ws.history.add({ type, timestamp: at(minutes), data: { n: minutes } }, toast);
    if (read) ws.history.markRead(entry.id);
  };
  add(2880, 'scaling.event', { title: 'Scaling succeeded', message: 'Scale up (policy 4) succeeded.', severity: 'success' }, true);
  add(300, 'schedule.event', { title: 'Scheduled session started', message: 'Schedule #12 started session s-8841.', severity: 'info' }, true);
  add(95, 'webhook.delivery', { title: 'Retrying webhook delivery', message: 'Delivery #5512 to webhook #3 failed and is being retried.', severity: 'warning' });
  add(42, 'compliance.violation', { title: 'Compliance violation', message: 'Policy 9 was violated (violation #207).', severity: 'warning' });
  add(12, 'node.health', { title: 'Node unhealthy', message: 'Node node-eu-3 is unhealthy (CPU 97%, memory 91%).', severity: 'error' });
  add(1, 'security.alert', { title: 'Security alert: Failed login', message: 'Repeated failed logins for admin@corp from 203.0.113.7.', severity: 'error', priority: 'critical' });
`;

async function render(browserPage: Page, theme: 'light' | 'dark', bundle: string): Promise<void> {
  const html = adminConsolePage(theme);
  await shootOpenCenter(browserPage, { html, bundle, fill, colorScheme: theme, out, file: `notification-center-${theme}.png` });
}

const bundle = await elementsBundle(root);
await withScreenshotPage(out, { width: 960, height: 560 }, async (browserPage) => {
  for (const theme of ['light', 'dark'] as const) await render(browserPage, theme, bundle);
});
