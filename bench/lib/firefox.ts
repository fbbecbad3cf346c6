// Firefox for the tabs scenario's failover figure: the system's Firefox ESR (FIREFOX_PATH,
// else the usual installs), driven by puppeteer over WebDriver BiDi. Playwright drives only
// its own patched Firefox, and nothing is downloaded here.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** The Firefox binary, or null when there is none (the Firefox run is then left out). */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function launchFirefox(executablePath: string): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}
