// Part of `npm run screenshots`: a burst of 1,000 critical alerts on a 320 × 256 screen
// (docs/toasts-320x256.png: the newest toast and an exact "+999 more") and the notification center's
// panel open on a right-to-left page (docs/notification-center-rtl.png). Bundles the elements
// from source, as the other screenshot scripts do.
import { fileURLToPath } from 'node:url';
import { elementsBundle, withScreenshotPage } from './screenshot-kit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs`;

const smallPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 12px; font: 14px/1.5 system-ui, sans-serif; background: #f6f8fa; color: #1f2328; }
</style></head>
<body><h1 style="font-size:18px;margin:0 0 8px">Portal</h1><p>Page content stays visible: the toasts keep to 60% of a 320 × 256 screen.</p>
<streamspace-toast-stack duration="0"></streamspace-toast-stack></body></html>`;

const rtlPage = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: #f6f8fa; color: #1f2328; }
  header { display: flex; align-items: center; gap: 16px; padding: 8px 24px; background: #24292f; color: #fff; font-weight: 600; }
  header span { margin-inline-end: auto; }
</style></head>
<body>
  <header><span>StreamSpace · لوحة الإدارة</span><streamspace-notification-center theme="light"></streamspace-notification-center></header>
  <streamspace-enterprise-ws manual history-storage="session" notifications="false"></streamspace-enterprise-ws>
</body></html>`;

const burst = `
  const stack = document.querySelector('streamspace-toast-stack');
  for (let i = 0; i < 1000; i++) stack.show({ title: 'Compliance violation', message: 'Policy ' + i + ' was violated (violation #' + (9000 + i) + ').', severity: 'error', priority: 'critical' });
`;

const entries = `
  const ws = document.querySelector('streamspace-enterprise-ws');
  const at = (minutes) => new Date(Date.now() - minutes * 60000).toISOString();
  const add = (minutes, toast) => ws.history.add({ type: 'compliance.violation', timestamp: at(minutes), data: { n: minutes } }, toast);
  add(40, { title: 'Compliance violation', message: 'Policy 5 was violated (violation #990).', severity: 'warning' });
  add(12, { title: 'Node unhealthy', message: 'Node node-eu-3 is unhealthy (CPU 97%, memory 91%).', severity: 'error' });
  add(1, { title: 'Security alert: Failed login', message: 'Repeated failed logins for admin@corp.', severity: 'error', priority: 'critical' });
`;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const bundle = await elementsBundle(root);

await withScreenshotPage(out, { width: 320, height: 256 }, async (page) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setContent(smallPage);
  await page.addScriptTag({ content: bundle });
  await page.addScriptTag({ content: `{ ${burst} }` });
  await page.evaluate(frames);
  await page.screenshot({ path: `${out}/toasts-320x256.png` });
  console.log('docs/toasts-320x256.png');
});

await withScreenshotPage(out, { width: 720, height: 420 }, async (page) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setContent(rtlPage);
  await page.addScriptTag({ content: bundle });
  await page.addScriptTag({ content: `{ ${entries} }` });
  await page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.querySelector('streamspace-notification-center')!.show();
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.screenshot({ path: `${out}/notification-center-rtl.png` });
  console.log('docs/notification-center-rtl.png');
});
