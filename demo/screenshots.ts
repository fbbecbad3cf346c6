// `npm run screenshots`: renders <streamspace-toast-stack> in headless Chromium into PNGs
// under docs/ (each severity in light and dark, RTL, overflow, above a modal dialog).
// Bundles the element from source with Vite, so it needs no prior build and no server.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { elementsBundle, withScreenshotPage } from './screenshot-kit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs`;

interface Scene {
  file: string;
  theme: 'light' | 'dark';
  dir?: 'rtl';
  modal?: boolean;
  maxVisible?: number;
  /** Runs in the page: shows the scene's toasts on `stack`. */
  toasts: string;
}

const everySeverity = `
  stack.show({ title: 'Deployment started', message: 'api-gateway v2.14 is rolling out to 12 nodes.', severity: 'info' });
  stack.show({ title: 'Webhook delivered', message: 'Delivery 7f3c to https://hooks.example.com succeeded.', severity: 'success', action: { label: 'View' } });
  stack.show({ title: 'Node degraded', message: 'node-eu-3: memory pressure at 91%.', severity: 'warning' });
  stack.show({ title: 'Security alert', message: 'Repeated failed logins for admin@corp from 203.0.113.7.', severity: 'error', priority: 'critical' });
`;

const scenes: Scene[] = [
  { file: 'toasts-light.png', theme: 'light', maxVisible: 4, toasts: everySeverity },
  { file: 'toasts-dark.png', theme: 'dark', maxVisible: 4, toasts: everySeverity },
  {
    file: 'toasts-rtl.png',
    theme: 'light',
    dir: 'rtl',
    toasts: `
      stack.strings = { dismiss: (t) => 'إغلاق الإشعار: ' + t, more: (n) => '+' + n + ' إضافية' };
      stack.show({ title: 'اكتمل النشر', message: 'تم نشر الإصدار 2.14 على جميع العقد.', severity: 'success' });
      stack.show({ title: 'تنبيه أمني', message: 'محاولات دخول فاشلة متكررة.', severity: 'error', action: { label: 'عرض' } });
      stack.show({ title: 'عقدة متدهورة', message: 'ضغط الذاكرة 91٪.', severity: 'warning' });
      stack.show({ message: 'في الانتظار', severity: 'info' });
    `,
  },
  {
    file: 'toasts-overflow.png',
    theme: 'light',
    toasts: `
      for (let i = 0; i < 4; i++) stack.show({ title: 'Node unhealthy', message: 'node-us-1 failed 3 health checks.', severity: 'error' });
      for (let i = 0; i < 250; i++) stack.show({ title: 'Security alert', message: 'Suspicious token use #' + i, severity: 'warning' });
    `,
  },
  {
    file: 'toasts-modal.png',
    theme: 'dark',
    modal: true,
    toasts: `
      stack.show({ title: 'Schedule failed', message: 'Nightly backup could not start: quota exceeded.', severity: 'error', action: { label: 'Retry' } });
      stack.show({ title: 'Scaling complete', message: 'workers: 4 → 8 replicas.', severity: 'success' });
    `,
  },
];

function page(scene: Scene): string {
  const dark = scene.theme === 'dark';
  return `<!doctype html>
<html lang="${scene.dir ? 'ar' : 'en'}" dir="${scene.dir ?? 'ltr'}">
<head><meta charset="utf-8"><style>
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: ${dark ? '#161b22' : '#f6f8fa'}; color: ${dark ? '#e6edf3' : '#1f2328'}; }
  header { padding: 14px 24px; background: ${dark ? '#0d1117' : '#24292f'}; color: #fff; font-weight: 600; }
  main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; padding: 24px; }
  .card { height: 110px; border-radius: 8px; background: ${dark ? '#22272e' : '#fff'}; border: 1px solid ${dark ? '#30363d' : '#d0d7de'}; padding: 12px 16px; }
  dialog { width: 420px; border: 0; border-radius: 10px; padding: 20px 24px; background: ${dark ? '#2d333b' : '#fff'}; color: inherit; }
  dialog h2 { margin-top: 0; }
  dialog::backdrop { background: rgb(0 0 0 / 0.55); }
</style></head>
<body>
  <header>StreamSpace · ${scene.dir ? 'لوحة الإدارة' : 'Admin console'}</header>
  <main>${'<div class="card"></div>'.repeat(6)}</main>
  <dialog><h2>Edit schedule</h2><p>A modal dialog: the toasts move into it, so they stay above it and clickable.</p><button>Close</button></dialog>
  <streamspace-toast-stack theme="${scene.theme}" duration="0" max-visible="${scene.maxVisible ?? 3}"></streamspace-toast-stack>
</body></html>`;
}

async function render(browserPage: Page, scene: Scene, bundle: string): Promise<void> {
  await browserPage.emulateMedia({ colorScheme: scene.theme, reducedMotion: 'reduce' });
  await browserPage.setContent(page(scene));
  await browserPage.addScriptTag({ content: bundle });
  if (scene.modal) await browserPage.evaluate(() => document.querySelector('dialog')!.showModal());
  await browserPage.addScriptTag({
    content: `{ const stack = document.querySelector('streamspace-toast-stack'); ${scene.toasts} }`,
  });
  await browserPage.evaluate(async () => {
    await document.querySelector('streamspace-toast-stack')!.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await browserPage.screenshot({ path: `${out}/${scene.file}` });
  console.log(`docs/${scene.file}`);
}

const bundle = await elementsBundle(root);
await withScreenshotPage(out, { width: 960, height: 600 }, async (browserPage) => {
  for (const scene of scenes) await render(browserPage, scene, bundle);
});
