// Part of `npm run screenshots`: renders <streamspace-notification-center> with its panel open
// in headless Chromium into docs/notification-center-light.png and -dark.png. Bundles the
// elements from source with Vite (no build, no server); the history is filled through the
// connection element's `history`, as the toast formatter would fill it.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { elementsBundle, withScreenshotPage } from './screenshot-kit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs`;

function page(theme: 'light' | 'dark'): string {
  const dark = theme === 'dark';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><style>
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: ${dark ? '#161b22' : '#f6f8fa'}; color: ${dark ? '#e6edf3' : '#1f2328'}; }
  header { display: flex; align-items: center; gap: 16px; padding: 8px 24px; background: ${dark ? '#0d1117' : '#24292f'}; color: #fff; font-weight: 600; }
  header span { margin-inline-end: auto; }
  streamspace-notification-center { color-scheme: dark; }
  main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; padding: 24px; }
  .card { height: 110px; border-radius: 8px; background: ${dark ? '#22272e' : '#fff'}; border: 1px solid ${dark ? '#30363d' : '#d0d7de'}; }
</style></head>
<body>
  <header><span>StreamSpace · Admin console</span><streamspace-notification-center theme="${theme}"></streamspace-notification-center></header>
  <main>${'<div class="card"></div>'.repeat(6)}</main>
  <streamspace-enterprise-ws manual history-storage="session" notifications="false"></streamspace-enterprise-ws>
</body></html>`;
}

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
  await browserPage.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await browserPage.setContent(page(theme));
  await browserPage.addScriptTag({ content: bundle });
  await browserPage.addScriptTag({ content: `{ ${fill} }` });
  await browserPage.evaluate(async () => {
    const center = document.querySelector('streamspace-notification-center')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    center.show();
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    // The screenshot shows the panel as a user sees it, not with focus on its container.
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const file = `notification-center-${theme}.png`;
  await browserPage.screenshot({ path: `${out}/${file}` });
  console.log(`docs/${file}`);
}

const bundle = await elementsBundle(root);
await withScreenshotPage(out, { width: 960, height: 560 }, async (browserPage) => {
  for (const theme of ['light', 'dark'] as const) await render(browserPage, theme, bundle);
});
