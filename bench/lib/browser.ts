import { chromium, type Browser } from 'playwright-core';
import { BROWSER_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from '../../scripts/find-browser.mjs';

/** CHROME_PATH first, then the usual system installs; the bench never downloads a browser. */
export function findChromium(): string {
  const path = findBrowser();
  if (!path) throw new Error(NO_BROWSER_MESSAGE);
  return path;
}

const FLAGS = [
  ...BROWSER_FLAGS,
  // gc() in pages and unquantized performance.memory for the heap budget.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: FLAGS, ignoreDefaultArgs: ['--headless'] });
}
