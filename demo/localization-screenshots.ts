// Part of `npm run screenshots`: the pill, toasts and the open notification center in German
// and in Arabic (right to left), into docs/localization-de.png and docs/localization-ar.png.
// The words are the shipped translations' (src/translations/), the toasts the default
// formatter's; server text (names, ids, the alert's message) stays as the server sent it.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { elementsBundle, shootOpenCenter, withScreenshotPage } from './screenshot-kit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs`;

function page(lang: 'de' | 'ar'): string {
  return `<!doctype html>
<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}>
<head><meta charset="utf-8"><style>
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: #f6f8fa; color: #1f2328; }
  header { display: flex; align-items: center; gap: 16px; padding: 8px 24px; background: #24292f; color: #fff; font-weight: 600; }
  header span { margin-inline-end: auto; }
  main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; padding: 24px; }
  .card { height: 110px; border-radius: 8px; background: #fff; border: 1px solid #d0d7de; }
</style></head>
<body>
  <header><span>StreamSpace</span><streamspace-connection-status theme="dark"></streamspace-connection-status><streamspace-notification-center theme="light"></streamspace-notification-center></header>
  <main>${'<div class="card"></div>'.repeat(9)}</main>
  <streamspace-enterprise-ws manual history-storage="session" notifications="false"></streamspace-enterprise-ws>
  <streamspace-toast-stack position="bottom-left" duration="0" max-visible="3"></streamspace-toast-stack>
</body></html>`;
}

/** Runs in the page: server messages worded by the default formatter in the page's language. */
const fill = `
  const { formatMessage, localeFor } = StreamSpaceElements;
  const locale = localeFor(document.documentElement.lang);
  const ws = document.querySelector('streamspace-enterprise-ws');
  const stack = document.querySelector('streamspace-toast-stack');
  const at = (minutes) => new Date(Date.now() - minutes * 60000).toISOString();
  const messages = [
    [2880, { type: 'scaling.event', data: { action: 'scale_up', policy_id: 4, result: 'success' } }, true],
    [300, { type: 'schedule.event', data: { event: 'started', schedule_id: 12, session_id: 's-8841' } }, true],
    [95, { type: 'webhook.delivery', data: { status: 'retrying', delivery_id: 5512, webhook_id: 3 } }],
    [42, { type: 'compliance.violation', data: { severity: 'medium', policy_id: 'retention-eu', violation_id: 207 } }],
    [12, { type: 'node.health', data: { node_name: 'node-eu-3', health_status: 'unhealthy', cpu_percent: 97, memory_percent: 91 } }],
    [1, { type: 'security.alert', data: { alert_type: 'failed_login', severity: 'critical', message: 'Repeated failed logins for admin@corp from 203.0.113.7.' } }],
  ];
  for (const [minutes, message, read] of messages) {
    const toast = formatMessage({ ...message, timestamp: at(minutes) }, undefined, locale);
    const entry = ws.history.add({ ...message, timestamp: at(minutes) }, toast);
    if (read) ws.history.markRead(entry.id);
    if (minutes < 100) stack.show(toast);
  }
`;

async function render(browserPage: Page, lang: 'de' | 'ar', bundle: string): Promise<void> {
  await shootOpenCenter(browserPage, { html: page(lang), bundle, fill, colorScheme: 'light', out, file: `localization-${lang}.png` });
}

const bundle = await elementsBundle(root, 'demo/localization-entry.ts');
await withScreenshotPage(out, { width: 1040, height: 640 }, async (browserPage) => {
  for (const lang of ['de', 'ar'] as const) await render(browserPage, lang, bundle);
});
