import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** CHROME_PATH first, then the usual system installs; the bench never downloads a browser. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  const path = fromEnv ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(
      `No Chromium found${fromEnv ? ` at CHROME_PATH=${fromEnv}` : ''}. Install chromium or set CHROME_PATH.`,
    );
  }
  return path;
}

const FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Background tabs and hidden pages must not be throttled mid-measurement.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // gc() in pages and unquantized performance.memory for the heap budget.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: FLAGS, ignoreDefaultArgs: ['--headless'] });
}
