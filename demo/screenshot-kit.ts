// What the screenshot scripts share: the elements as one classic script (Lit bundled, from
// source: no server, no dist/ needed) and a headless Chromium page to render them in.
import { mkdirSync } from 'node:fs';
import { build, type Rolldown } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { BROWSER_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from '../scripts/find-browser.mjs';

/**
 * Every element, defined by one IIFE built in memory from `src/define.ts` (or `entry`, a path
 * from the root, whose exports are on the global `StreamSpaceElements`).
 */
export async function elementsBundle(root: string, entry = 'src/define.ts'): Promise<string> {
  const [output] = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: `${root}${entry}`, name: 'StreamSpaceElements', formats: ['iife'] },
    },
  })) as Rolldown.RolldownOutput[];
  return output.output[0].code;
}

/** Runs `draw` with a page of the system Chromium; exits 2 with advice when there is none. */
export async function withScreenshotPage(
  out: string,
  viewport: { width: number; height: number },
  draw: (page: Page) => Promise<void>,
): Promise<void> {
  const executablePath = findBrowser();
  if (!executablePath) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: [...BROWSER_FLAGS] });
  try {
    await draw(await browser.newPage({ viewport, deviceScaleFactor: 1 }));
  } finally {
    await browser.close();
  }
}

/** The admin console the center screenshots sit in: a header with the bell, cards below. */
export function adminConsolePage(theme: 'light' | 'dark', lang = 'en'): string {
  const dark = theme === 'dark';
  return `<!doctype html>
<html lang="${lang}">
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

/**
 * Renders `html` with the elements `bundle` and the in-page script `fill`, opens the
 * notification center's panel, and saves the screenshot as `out/file`.
 */
export async function shootOpenCenter(
  page: Page,
  shot: { html: string; bundle: string; fill: string; colorScheme: 'light' | 'dark'; out: string; file: string },
): Promise<void> {
  await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
  await page.setContent(shot.html);
  await page.addScriptTag({ content: shot.bundle });
  await page.addScriptTag({ content: `{ ${shot.fill} }` });
  await page.evaluate(async () => {
    const center = document.querySelector('streamspace-notification-center')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    center.show();
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    // The screenshot shows the panel as a user sees it, not with focus on its container.
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.screenshot({ path: `${shot.out}/${shot.file}` });
  console.log(`docs/${shot.file}`);
}
