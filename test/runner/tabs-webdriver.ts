// Real tabs through WebDriver classic (WebKitGTK's MiniBrowser): windows of the test page's
// session. A WebDriver session has one current window, which web-test-runner's own commands
// (mouse, keys, results) use: every command here switches to its tab and back to the test page.
// Each "tab" is a window of its own: MiniBrowser's background tabs are hidden, pointer actions
// never complete in them, and closing the selected one can leave the test page hidden (then
// nothing renders and every later file times out). No WebDriver command freezes or crashes a page.
import type { TabDriver } from './tab-driver.js';

/** The part of webdriverio's Browser used here. */
export interface WebDriverBrowser {
  getWindowHandle(): Promise<string>;
  createWindow(type: 'tab' | 'window'): Promise<{ handle: string }>;
  performActions(actions: object[]): Promise<void>;
  releaseActions(): Promise<void>;
  switchToWindow(handle: string): Promise<void>;
  execute(script: string): Promise<unknown>;
  getUrl(): Promise<string>;
  navigateTo(url: string): Promise<void>;
  refresh(): Promise<void>;
  back(): Promise<void>;
  closeWindow(): Promise<unknown>;
}

export class WebDriverTabs implements TabDriver {
  readonly #handles = new Map<string, string>();
  #testWindow: string | undefined;

  constructor(private readonly driver: WebDriverBrowser, private readonly testPageUrl: () => Promise<string>) {}

  /** Runs `action` with the tab's window current, then makes the test page's window current again. */
  async #in<R>(id: string, action: () => Promise<R>): Promise<R> {
    const handle = this.#handles.get(id);
    if (!handle) throw new Error(`No tab "${id}" (closed already?)`);
    this.#testWindow ??= await this.driver.getWindowHandle();
    await this.driver.switchToWindow(handle);
    try {
      return await action();
    } finally {
      await this.driver.switchToWindow(this.#testWindow);
    }
  }

  async open(id: string, path: string): Promise<void> {
    this.#testWindow ??= await this.driver.getWindowHandle();
    const url = new URL(path, await this.testPageUrl()).href;
    // New Window, then navigate in it (webdriverio's newWindow() goes through window.open).
    const { handle } = await this.driver.createWindow('window');
    this.#handles.set(id, handle);
    await this.#in(id, () => this.driver.navigateTo(url));
  }

  eval(id: string, expression: string): Promise<unknown> {
    // WebDriver awaits a returned promise.
    return this.#in(id, () => this.driver.execute(`return ${expression};`));
  }

  click(id: string): Promise<void> {
    return this.#in(id, async () => {
      await this.driver.performActions([
        {
          type: 'pointer',
          id: 'tab-pointer',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, x: 5, y: 5 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]);
      await this.driver.releaseActions();
    });
  }

  reload(id: string): Promise<void> {
    return this.#in(id, () => this.driver.refresh());
  }

  goto(id: string, path: string): Promise<void> {
    return this.#in(id, async () => this.driver.navigateTo(new URL(path, await this.driver.getUrl()).href));
  }

  async back(id: string): Promise<unknown> {
    await this.#in(id, () => this.driver.back());
    return null;
  }

  async lifecycle(): Promise<void> {
    throw new Error('Freezing a tab: WebDriver has no command for it');
  }

  async crash(): Promise<void> {
    throw new Error("Crashing a tab's renderer: WebDriver has no command for it");
  }

  async close(id: string): Promise<void> {
    await this.#in(id, () => this.driver.closeWindow());
    this.#handles.delete(id);
  }

  async closeAll(): Promise<void> {
    for (const id of [...this.#handles.keys()]) await this.close(id).catch(() => this.#handles.delete(id));
  }
}
