// Browsing contexts for the sharing tests: same-origin iframes of the test page (cheap, they share
// its Web Locks and BroadcastChannel), and real tabs beside it (test/runner/tab-commands.ts) for
// what only a top-level page does: close, reload, navigate, freeze, the back-forward cache.
// Both run test/sharing/fixtures/tab.html and are driven the same way: `run(fn, arg)` calls
// `fn(window.tab, arg)` in the context (so `fn` may use nothing but its two parameters).
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import type { TabApi, TabOptions, TabStatus } from './fixtures/tab.js';

export type { TabOptions, TabStatus };

export const FIXTURE = '/test/sharing/fixtures/tab.html';

/** Generous for a busy 2-core machine; nothing waits longer than its condition needs. */
export const until = (predicate: () => unknown, message?: string, timeout = 8000) => waitUntil(predicate, message, { timeout, interval: 20 });

/** Polls an async condition (a tab's status, a server count) until it holds. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, message: string, timeout = 8000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${message} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface Tab {
  readonly name: string;
  run<R, A = null>(fn: (tab: TabApi, arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** A real pointer press in the tab: the user used it. */
  click(): Promise<void>;
  close(): Promise<void>;
}

export const start = (tab: Tab, options: TabOptions) => tab.run((t, o) => t.start(o), options);
export const status = (tab: Tab, i = 0) => tab.run((t, n) => t.status(n), i);
export const log = (tab: Tab, i = 0) => tab.run((t, n) => t.log(n), i);
export const messages = (tab: Tab, i = 0) => tab.run((t, n) => t.messages(n), i);
export const toasts = (tab: Tab, i = 0) => tab.run((t, n) => t.toasts(n), i);

/** A same-origin iframe of the test page. */
export class FrameTab implements Tab {
  static #count = 0;
  readonly name = `frame-${++FrameTab.#count}`;

  private constructor(readonly frame: HTMLIFrameElement) {}

  static async open(): Promise<FrameTab> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 120px; height: 40px; border: 1px solid; margin: 2px';
    frame.src = FIXTURE;
    document.body.append(frame);
    await until(() => frame.contentWindow?.tab, 'the fixture did not load');
    return new FrameTab(frame);
  }

  async run<R, A = null>(fn: (tab: TabApi, arg: A) => R, arg?: A): Promise<Awaited<R>> {
    const result = await fn(this.frame.contentWindow!.tab, (arg ?? null) as A);
    // A copy, as from a real tab: nothing live leaks out of the frame.
    return result === undefined ? (undefined as Awaited<R>) : JSON.parse(JSON.stringify(result));
  }

  async click(): Promise<void> {
    const box = this.frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
  }

  async close(): Promise<void> {
    this.frame.remove();
  }
}

/** A real tab in the test page's browser context. */
export class BrowserTab implements Tab {
  private constructor(readonly name: string) {}

  static async open(path = FIXTURE): Promise<BrowserTab> {
    const { id } = await executeServerCommand<{ id: string }, { path: string }>('tabs-open', { path });
    const tab = new BrowserTab(id);
    await eventually(() => tab.ready(), Boolean, 'the fixture did not load');
    return tab;
  }

  /** The fixture's API is there (after a load, a reload or a navigation back). */
  ready(): Promise<boolean> {
    // While the tab navigates, there is no page to ask: not ready.
    return this.#command<{ value: boolean }>('tabs-eval', { script: '(tab) => !!tab' }).then(({ value }) => value, () => false);
  }

  async run<R, A = null>(fn: (tab: TabApi, arg: A) => R, arg?: A): Promise<Awaited<R>> {
    return (await this.#command<{ value: Awaited<R> }>('tabs-eval', { script: fn.toString(), arg: arg ?? null })).value;
  }

  async click(): Promise<void> {
    await this.#command('tabs-click');
  }

  async close(): Promise<void> {
    await this.#command('tabs-close');
  }

  async reload(): Promise<void> {
    await this.#command('tabs-reload');
  }

  async goto(path: string): Promise<void> {
    await this.#command('tabs-goto', { path });
  }

  /** Back in history; resolves with why the back-forward cache was not used (null when it was). */
  async back(): Promise<unknown> {
    return (await this.#command<{ notUsed: unknown }>('tabs-back')).notUsed;
  }

  async crash(): Promise<void> {
    await this.#command('tabs-crash');
  }

  async lifecycle(state: 'frozen' | 'active'): Promise<void> {
    await this.#command('tabs-lifecycle', { state });
  }

  #command<R>(command: string, payload: Record<string, unknown> = {}): Promise<R> {
    return executeServerCommand<R, Record<string, unknown>>(command, { id: this.name, ...payload });
  }
}

export const closeAllBrowserTabs = () => executeServerCommand('tabs-close-all');
