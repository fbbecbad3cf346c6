// Regenerates docs/demo.png: starts the dev server with the demo plugin (as `npm start` does),
// drives the page with playwright-core in the system Chromium, fires a few events, captures.
// Usage: node --import tsx demo/capture-screenshot.ts [output.png]
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { BROWSER_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from '../scripts/find-browser.mjs';
import { freePort } from '../scripts/free-port.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = resolve(process.argv[2] ?? `${root}docs/demo.png`);
const executablePath = findBrowser();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(2);
}

const server = await createServer({ root, logLevel: 'error', server: { host: '127.0.0.1', port: await freePort(), strictPort: true } });
await server.listen();
const browser = await chromium.launch({ executablePath, args: [...BROWSER_FLAGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 960 }, colorScheme: 'light' });
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.waitForFunction(() => document.querySelector('#state')?.textContent === 'open');
  // A still picture: no scenario traffic, just one event of each kind of toast.
  await page.uncheck('#scenario');
  for (const type of ['security.alert', 'webhook.delivery', 'node.health', 'scaling.event']) {
    await page.click(`[data-fire="${type}"]`);
    await page.waitForSelector(`#log li[data-type="${type}"]`);
  }
  await page.waitForTimeout(400); // let the toasts' entry animation settle
  mkdirSync(dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  console.log(`Wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
}
