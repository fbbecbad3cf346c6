// web-test-runner plugin: real browser tabs beside the test page, in its browser context
// (one storage partition: they share localStorage, Web Locks and BroadcastChannel with it),
// for the sharing tests that need top-level pages: closing, reloading, navigating, freezing a
// tab, the back-forward cache. Browser tests call `executeServerCommand('tabs-*', payload)`
// through test/sharing/tabs.ts. Puppeteer drives Chromium and Firefox (tabs-puppeteer.ts),
// WebDriver drives WebKit (tabs-webdriver.ts); what an engine's driver cannot do throws, saying why.
import type { Page } from 'puppeteer-core';
import type { TabDriver } from './tab-driver.js';
import { PuppeteerTabs } from './tabs-puppeteer.js';
import { WebDriverTabs, type WebDriverBrowser } from './tabs-webdriver.js';

interface Session {
  id: string;
  browser: {
    type: string;
    getPage?(id: string): Page;
    driver?: WebDriverBrowser;
    getBrowserUrl?(id: string): Promise<string>;
  };
}

interface CommandArgs {
  command: string;
  payload?: Record<string, unknown>;
  session: Session;
}

export function tabCommandsPlugin() {
  let driver: TabDriver | undefined;
  let nextId = 0;
  // WebDriver has one current window per session: its commands run one at a time.
  let queue: Promise<unknown> = Promise.resolve();

  // The test file whose page asked last: tabs open beside it.
  let current: Session | undefined;

  const driverFor = (session: Session): TabDriver => {
    current = session;
    if (driver) return driver;
    const { browser } = session;
    if (browser.type === 'puppeteer' && browser.getPage) {
      // Puppeteer drives Firefox over WebDriver BiDi: no CDP there.
      driver = new PuppeteerTabs(() => browser.getPage!(current!.id), (process.env.TEST_ENGINE || 'chromium') === 'chromium');
    } else if (browser.type === 'webdriver' && browser.driver) {
      driver = new WebDriverTabs(browser.driver, () => browser.getBrowserUrl!(current!.id));
    } else {
      throw new Error(`tabs-* commands: no tab driver for browser type "${browser.type}"`);
    }
    return driver;
  };

  const id = (payload: Record<string, unknown> | undefined) => String(payload?.id);

  const handlers: Record<string, (tabs: TabDriver, payload: Record<string, unknown> | undefined) => Promise<unknown>> = {
    /** Opens `path` (same origin as the test page) in a new tab; returns its id. */
    async 'tabs-open'(tabs, payload) {
      const tabId = `tab-${++nextId}`;
      await tabs.open(tabId, String(payload?.path));
      return { id: tabId };
    },
    /** Runs `script` (a function's source) in the tab as `script(window.tab, arg)`; returns `{value}`. */
    async 'tabs-eval'(tabs, payload) {
      // Wrapped: a command that answers `undefined` counts as not handled.
      return { value: await tabs.eval(id(payload), `(${String(payload!.script)})(window.tab, ${JSON.stringify(payload!.arg ?? null)})`) };
    },
    /** A real pointer press in the tab (the user used it). */
    async 'tabs-click'(tabs, payload) {
      await tabs.click(id(payload));
      return {};
    },
    async 'tabs-reload'(tabs, payload) {
      await tabs.reload(id(payload));
      return {};
    },
    async 'tabs-goto'(tabs, payload) {
      await tabs.goto(id(payload), String(payload!.path));
      return {};
    },
    /** Back in history; answers why the back-forward cache was not used, where the driver can tell. */
    async 'tabs-back'(tabs, payload) {
      return { notUsed: await tabs.back(id(payload)) };
    },
    /** Page Lifecycle: `frozen` or `active`. Chromium only (CDP). */
    async 'tabs-lifecycle'(tabs, payload) {
      await tabs.lifecycle(id(payload), payload!.state === 'frozen' ? 'frozen' : 'active');
      return {};
    },
    /** The tab's renderer crashes. Chromium only (CDP). */
    async 'tabs-crash'(tabs, payload) {
      await tabs.crash(id(payload));
      return {};
    },
    async 'tabs-close'(tabs, payload) {
      await tabs.close(id(payload));
      return {};
    },
    async 'tabs-close-all'(tabs) {
      await tabs.closeAll();
      return {};
    },
  };

  return {
    name: 'streamspace-tab-commands',
    /**
     * The fixture pages stand for pages of a site, not test pages: no dev-server socket (it
     * registers an `unload` listener, which keeps a page out of the back-forward cache).
     */
    transform(context: { path: string; body: unknown; response: { is(type: string): string | false } }) {
      if (!context.path.startsWith('/test/sharing/fixtures/') || !context.response.is('html') || typeof context.body !== 'string') return undefined;
      return context.body.replace(/<!-- injected by web-dev-server -->\s*<script[^>]*><\/script>/, '');
    },
    async serverStop() {
      await driver?.closeAll();
    },
    executeCommand({ command, payload, session }: CommandArgs) {
      const handler = handlers[command];
      if (!handler) return undefined;
      const tabs = driverFor(session);
      if (session.browser.type !== 'webdriver') return handler(tabs, payload);
      const run = queue.then(() => handler(tabs, payload));
      queue = run.catch(() => {});
      return run;
    },
  };
}
