/**
 * What the bench asks of a page, which both playwright's (Chromium) and puppeteer's (Firefox,
 * for the tabs scenario) offer; scenarios that need more (CDP) take playwright's `Page`.
 */
export interface BenchPage {
  goto(url: string): Promise<unknown>;
  waitForFunction(fn: () => boolean): Promise<unknown>;
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  on(event: 'pageerror', listener: (error: unknown) => void): unknown;
  close(): Promise<void>;
}

/** Where pages open: a browser context of either library. */
export interface PageOpener<P extends BenchPage> {
  newPage(): Promise<P>;
}

/** The pages under test, in report order; `id` is the brief's letter. */
export const PAGES = {
  elementQuiet: { id: 'a', label: 'element, toasts off', file: 'element.html', notifications: false },
  elementToasts: { id: 'b', label: 'element, toasts on', file: 'element.html', notifications: true },
  raw: { id: 'c', label: 'raw WebSocket (baseline)', file: 'raw.html', notifications: false },
  partysocket: { id: 'd', label: 'partysocket', file: 'partysocket.html', notifications: false },
  elementCenter: { id: 'e', label: 'element, toasts on + notification center', file: 'element.html', notifications: true, center: true },
} as const;

export type PageKey = keyof typeof PAGES;

/** Opens a bench page, ready for `bench.connect`; the caller closes it. */
export async function openPage<P extends BenchPage>(context: PageOpener<P>, origin: string, key: PageKey): Promise<P> {
  const spec = PAGES[key];
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${spec.id}] page error: ${error instanceof Error ? error.message : String(error)}`));
  await page.goto(`${origin}/pages/${spec.file}`);
  await page.waitForFunction(() => typeof window.bench?.connect === 'function');
  return page;
}

/** Opens a bench page and connects it; the caller closes the returned page. */
export async function openConnectedPage<P extends BenchPage>(
  context: PageOpener<P>,
  origin: string,
  key: PageKey,
  wsUrl: string,
  token: string,
): Promise<P> {
  const spec = PAGES[key];
  const page = await openPage(context, origin, key);
  try {
    await page.evaluate(
      ({ url, token, notifications, center }) => window.bench.open(url, token, { notifications, center }),
      { url: wsUrl, token, notifications: spec.notifications, center: 'center' in spec && spec.center },
    );
  } catch (error) {
    await page.close();
    throw error;
  }
  return page;
}

/** A long animation frame and the scripts that ran in it (for attributing long tasks). */
export interface LongFrame {
  start: number;
  duration: number;
  renderMs: number;
  scripts: { invoker: string; source: string; duration: number }[];
}

/** The page-side harness (bench/pages/harness.js), as seen from page.evaluate callbacks. */
export interface PageBench {
  connect(url: string, token: string, options?: { notifications?: boolean; center?: boolean }): Promise<void>;
  disconnect(): void;
  open(url: string, token: string, options?: { notifications?: boolean; center?: boolean }, timeoutMs?: number): Promise<void>;
  expect(target: number): void;
  result(stallMs?: number): Promise<{ count: number; elapsed: number }>;
  now(): number;
  countType(type: string): void;
  trackOrder(): void;
  disorder(): number;
  /** element.html only. */
  sharing?(): string | null;
  typeCount(type: string): number;
  longTasksSince(start: number): number[];
  longFramesSince(start: number, minMs?: number): LongFrame[];
  nodeCount(): number;
  toastCount(): number;
  maxVisible(): number;
  startSampling(): void;
  stopSampling(): { maxToasts: number; maxNodes: number };
  heapAfterGc(): Promise<number>;
  /** The notification center (pages opened with `center`): its entries, and its entry nodes in the DOM. */
  centerEntries(): number;
  centerEntryNodes(): number;
  showCenter(): Promise<void>;
  /** Entry nodes sampled every frame (most seen). */
  startEntrySampling(): void;
  stopEntrySampling(): number;
}

declare global {
  interface Window {
    bench: PageBench;
  }
}
