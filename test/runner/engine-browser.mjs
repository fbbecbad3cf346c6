// The browser web-test-runner drives, chosen by TEST_ENGINE (test/engines.mjs sets it):
// - chromium (default, `npm test`): Debian's Chromium through the Chrome launcher (CDP);
// - firefox: Firefox ESR through puppeteer over WebDriver BiDi (no CDP);
// - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver, which test/engines.mjs starts
//   under Xvfb and names in WEBKIT_DRIVER_PORT.
import { chromeLauncher } from '@web/test-runner-chrome';
import { BROWSER_FLAGS } from '../../scripts/find-browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** @returns {'chromium' | 'firefox' | 'webkit'} */
export function currentEngine() {
  const engine = process.env.TEST_ENGINE || 'chromium';
  if (!ENGINES.includes(engine)) throw new Error(`TEST_ENGINE must be one of ${ENGINES.join(', ')} (got "${engine}")`);
  return engine;
}

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function engineBrowser(engine = currentEngine()) {
  if (engine === 'firefox') {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    return puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        // Firefox's defaults as users have them: background tabs keep their clamped timers,
        // which the tab-sharing tests must live with.
      },
    });
  }
  if (engine === 'webkit') {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const port = Number(process.env.WEBKIT_DRIVER_PORT);
    if (!port) throw new Error('WEBKIT_DRIVER_PORT is not set: run WebKit through `npm run test:engines -- --engine webkit`');
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
  }
  return chromeLauncher({
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: BROWSER_FLAGS },
  });
}
