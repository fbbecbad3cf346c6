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
