// web-test-runner plugin: real browser tabs beside the test page, in its browser context
// (one storage partition: they share localStorage, Web Locks and BroadcastChannel with it),
// for the sharing tests that need top-level pages: closing, reloading, navigating, freezing a
// tab, the back-forward cache. Browser tests call `executeServerCommand('tabs-*', payload)`
// through test/sharing/tabs.ts.
import type { CDPSession, Page } from 'puppeteer-core';

interface Session {
  id: string;
  browser: { type: string; getPage(id: string): Page };
}

interface CommandArgs {
  command: string;
  payload?: Record<string, unknown>;
  session: Session;
}

export function tabCommandsPlugin() {
  const tabs = new Map<string, { page: Page; cdp?: CDPSession }>();
  let nextId = 0;

  const tab = (payload: Record<string, unknown> | undefined) => {
    const found = tabs.get(String(payload?.id));
    if (!found) throw new Error(`No tab "${String(payload?.id)}" (closed already?)`);
    return found;
  };
  const lifecycle = async (entry: { page: Page; cdp?: CDPSession }, state: 'frozen' | 'active') => {
    entry.cdp ??= await entry.page.createCDPSession();
    await entry.cdp.send('Page.setWebLifecycleState', { state });
  };

  const handlers: Record<string, (payload: Record<string, unknown> | undefined, session: Session) => Promise<unknown>> = {
    /** Opens `path` (same origin as the test page) in a new tab; returns its id. */
    async 'tabs-open'(payload, session) {
      if (session.browser.type !== 'puppeteer') throw new Error('tabs-* commands need the Chrome launcher');
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browserContext().newPage();
      const id = `tab-${++nextId}`;
      tabs.set(id, { page });
      page.on('pageerror', (error) => console.error(`[${id}] ${String(error)}`));
      await page.goto(new URL(String(payload?.path), testPage.url()).href);
      // The test page stays the front one, as it was.
      await testPage.bringToFront();
      return { id };
    },
    /** Runs `script` (a function's source) in the tab as `script(window.tab, arg)`; returns `{value}`. */
    async 'tabs-eval'(payload) {
      // Wrapped: a command that answers `undefined` counts as not handled.
      return { value: await tab(payload).page.evaluate(`(${String(payload!.script)})(window.tab, ${JSON.stringify(payload!.arg ?? null)})`) };
    },
    /** A real pointer press in the tab (the user used it). */
    async 'tabs-click'(payload) {
      await tab(payload).page.mouse.click(5, 5);
      return {};
    },
    async 'tabs-reload'(payload) {
      await tab(payload).page.reload();
      return {};
    },
    async 'tabs-goto'(payload) {
      const { page } = tab(payload);
      await page.goto(new URL(String(payload!.path), page.url()).href);
      return {};
    },
    /** Back in history; answers why the back-forward cache was not used, if it was not. */
    async 'tabs-back'(payload) {
      const entry = tab(payload);
      entry.cdp ??= await entry.page.createCDPSession();
      await entry.cdp.send('Page.enable');
      let notUsed: unknown = null;
      const onNotUsed = (event: unknown) => (notUsed = event);
      entry.cdp.on('Page.backForwardCacheNotUsed', onNotUsed);
      // A restored page fires no `load`: wait for the navigation to commit only.
      await entry.page.goBack({ waitUntil: [] as never }).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
      entry.cdp.off('Page.backForwardCacheNotUsed', onNotUsed);
      return { notUsed };
    },
    /** Page Lifecycle: `frozen` (the `freeze` event, then no task runs) or `active` (`resume`). */
    async 'tabs-lifecycle'(payload) {
      await lifecycle(tab(payload), payload!.state === 'frozen' ? 'frozen' : 'active');
      return {};
    },
    /** The tab's renderer crashes: no `pagehide`, no goodbye; the browser frees its locks. */
    async 'tabs-crash'(payload) {
      const entry = tab(payload);
      entry.cdp ??= await entry.page.createCDPSession();
      // Never answered: the renderer is gone.
      void entry.cdp.send('Page.crash').catch(() => {});
      return {};
    },
    async 'tabs-close'(payload) {
      const entry = tab(payload);
      tabs.delete(String(payload!.id));
      await entry.page.close();
      return {};
    },
    async 'tabs-close-all'() {
      const open = [...tabs.values()];
      tabs.clear();
      await Promise.all(open.map(({ page }) => page.close().catch(() => {})));
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
      await handlers['tabs-close-all']!(undefined, undefined as never);
    },
    executeCommand({ command, payload, session }: CommandArgs) {
      return handlers[command]?.(payload, session);
    },
  };
}
