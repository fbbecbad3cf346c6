/**
 * Speaks toasts through two live regions (polite, assertive) that exist before the first
 * toast, because screen readers ignore a live region that appears together with its text.
 *
 * Announcements are coalesced: one arriving within `quietMs` of the previous one joins
 * its batch, and a batch is spoken at the latest `maxWaitMs` after it opened. A burst of
 * thousands of toasts is therefore one summary ("5000 new alerts"), and each `announce`
 * call is O(1) with at most one timer pending.
 */
export type LiveRoute = 'polite' | 'assertive';

interface Batch {
  count: number;
  /** Text of the first item: spoken as is when the batch holds one item. */
  text: string;
  /** The shared title, or `undefined` once two titles differ. */
  title: string | undefined;
}

/** Builds the summary of a batch of `count` (> 1) items. */
export type SummaryText = (count: number, route: LiveRoute, title?: string) => string;

export class ToastAnnouncer {
  /** The two regions; mount them with `mount()` as soon as the host is attached. */
  readonly regions: Record<LiveRoute, HTMLElement> = {
    polite: createRegion('polite'),
    assertive: createRegion('assertive'),
  };
  private batches: Partial<Record<LiveRoute, Batch>> = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private openedAt = 0;
  private lastAt = 0;

  constructor(
    private summary: SummaryText,
    private quietMs = 250,
    private maxWaitMs = 1500,
  ) {}

  /** Appends both regions to `root`. Idempotent. */
  mount(root: Node): void {
    if (this.regions.polite.parentNode !== root) root.appendChild(this.regions.polite);
    if (this.regions.assertive.parentNode !== root) root.appendChild(this.regions.assertive);
  }

  announce(route: LiveRoute, text: string, title: string): void {
    const batch = this.batches[route];
    if (batch) {
      batch.count++;
      if (batch.title !== title) batch.title = undefined;
    } else {
      this.batches[route] = { count: 1, text, title };
    }
    this.lastAt = performance.now();
    if (this.timer === undefined) {
      this.openedAt = this.lastAt;
      this.schedule(this.quietMs);
    }
  }

  /** Speaks what is pending now. */
  flush(): void {
    this.stop();
    for (const route of ['assertive', 'polite'] as const) {
      const batch = this.batches[route];
      if (!batch) continue;
      const text = batch.count === 1 ? batch.text : this.summary(batch.count, route, batch.title);
      // A new node each time: re-announces even when the text repeats, and keeps one node.
      const line = document.createElement('p');
      line.textContent = text;
      this.regions[route].replaceChildren(line);
    }
    this.batches = {};
  }

  /** Cancels the pending timer but keeps the pending batch (the host may only be moving). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Restarts the timer for a batch kept by `stop()`. */
  resume(): void {
    if (this.timer === undefined && (this.batches.polite || this.batches.assertive)) {
      this.openedAt = this.lastAt = performance.now();
      this.schedule(this.quietMs);
    }
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(this.tick, delay);
  }

  private tick = (): void => {
    const now = performance.now();
    const quietLeft = this.quietMs - (now - this.lastAt);
    const waitLeft = this.maxWaitMs - (now - this.openedAt);
    if (quietLeft > 1 && waitLeft > 1) this.schedule(Math.min(quietLeft, waitLeft));
    else this.flush();
  };
}

function createRegion(live: LiveRoute): HTMLElement {
  const region = document.createElement('div');
  // aria-live only, never role=alert too: both on one node double-announce in some readers.
  region.setAttribute('aria-live', live);
  region.setAttribute('aria-atomic', 'true');
  region.className = 'visually-hidden';
  region.dataset.live = live;
  return region;
}
