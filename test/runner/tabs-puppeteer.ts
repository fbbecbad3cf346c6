// Real tabs through puppeteer: Chromium (CDP) and Firefox (WebDriver BiDi). Freezing a tab,
// crashing its renderer and asking why the back-forward cache was not used are CDP commands:
// Firefox has no equivalent, and says so.
import type { CDPSession, Page } from 'puppeteer-core';
import type { TabDriver } from './tab-driver.js';

export class PuppeteerTabs implements TabDriver {
  readonly #pages = new Map<string, { page: Page; cdp?: CDPSession }>();

  /** `testPage` answers the current test file's page; `cdpAvailable` is false in Firefox. */
  constructor(private readonly currentTestPage: () => Page, private readonly cdpAvailable: boolean) {}

  get #cdpAvailable(): boolean {
    return this.cdpAvailable;
  }

  get testPage(): Page {
    return this.currentTestPage();
  }

  async #cdp(id: string, what: string): Promise<CDPSession> {
    if (!this.#cdpAvailable) throw new Error(`${what} needs the Chrome DevTools Protocol: not available in this browser (WebDriver BiDi)`);
    const entry = this.#entry(id);
    entry.cdp ??= await entry.page.createCDPSession();
    return entry.cdp;
  }

  #entry(id: string) {
    const found = this.#pages.get(id);
    if (!found) throw new Error(`No tab "${id}" (closed already?)`);
    return found;
  }

  async open(id: string, path: string): Promise<void> {
    const page = await this.testPage.browserContext().newPage();
    this.#pages.set(id, { page });
    page.on('pageerror', (error) => console.error(`[${id}] ${String(error)}`));
    await page.goto(new URL(path, this.testPage.url()).href);
    // The test page stays the front one, as it was.
    await this.testPage.bringToFront();
  }

  eval(id: string, expression: string): Promise<unknown> {
    return this.#entry(id).page.evaluate(expression);
  }

  async click(id: string): Promise<void> {
    await this.#entry(id).page.mouse.click(5, 5);
  }

  async reload(id: string): Promise<void> {
    await this.#entry(id).page.reload();
  }

  async goto(id: string, path: string): Promise<void> {
    const { page } = this.#entry(id);
    await page.goto(new URL(path, page.url()).href);
  }

  async back(id: string): Promise<unknown> {
    const { page } = this.#entry(id);
    if (!this.#cdpAvailable) {
      // A restored page fires no `load`; BiDi's history traversal resolves once it committed.
      await page.goBack({ waitUntil: [] as never }).catch(() => {});
      return null;
    }
    const cdp = await this.#cdp(id, 'back');
    await cdp.send('Page.enable');
    let notUsed: unknown = null;
    const onNotUsed = (event: unknown) => (notUsed = event);
    cdp.on('Page.backForwardCacheNotUsed', onNotUsed);
    await page.goBack({ waitUntil: [] as never }).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    cdp.off('Page.backForwardCacheNotUsed', onNotUsed);
    return notUsed;
  }

  async lifecycle(id: string, state: 'frozen' | 'active'): Promise<void> {
    await (await this.#cdp(id, 'Freezing a tab')).send('Page.setWebLifecycleState', { state });
  }

  async crash(id: string): Promise<void> {
    // Never answered: the renderer is gone.
    void (await this.#cdp(id, "Crashing a tab's renderer")).send('Page.crash').catch(() => {});
  }

  async close(id: string): Promise<void> {
    const { page } = this.#entry(id);
    this.#pages.delete(id);
    await page.close();
  }

  async closeAll(): Promise<void> {
    const open = [...this.#pages.values()];
    this.#pages.clear();
    await Promise.all(open.map(({ page }) => page.close().catch(() => {})));
  }
}
