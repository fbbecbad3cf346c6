import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Speaks toasts through two live regions (polite, assertive) that exist before the first
 * toast, because screen readers ignore a live region that appears together with its text.
 *
 * Announcements are coalesced: one arriving within `QUIET_MS` of the previous one joins
 * its batch, and a batch is spoken at the latest `MAX_WAIT_MS` after it opened. A burst of
 * thousands of toasts is therefore one summary ("5000 new alerts"), and each `announce`
 * call is O(1) with at most one timer pending.
 */
export type LiveRoute = 'polite' | 'assertive';

/** Builds the summary of a batch of `count` (> 1) items; `title` is set when they all share it. */
export type SummaryText = (count: number, route: LiveRoute, title?: string) => string;

interface Batch {
  count: number;
  /** Text of the first item: spoken as is when the batch holds one item. */
  text: string;
  /** The shared title, or `undefined` once two titles differ. */
  title: string | undefined;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

const QUIET_MS = 250;
const MAX_WAIT_MS = 1500;
const ROUTES = ['assertive', 'polite'] as const;

export class ToastAnnouncer implements ReactiveController {
  /** The two regions; they may travel with the toasts (into a modal), so the host can reach them. */
  readonly regions: Record<LiveRoute, HTMLElement>;
  #host: Host;
  #batches: Partial<Record<LiveRoute, Batch>> = {};
  #summary: SummaryText;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #openedAt = 0;
  #lastAt = 0;

  constructor(host: Host, summary: SummaryText) {
    this.regions = { polite: region('polite'), assertive: region('assertive') };
    this.#host = host;
    this.#summary = summary;
    host.addController(this);
  }

  /** Lit creates the render root before this runs, so the regions are there before the first render. */
  hostConnected(): void {
    const { polite, assertive } = this.regions;
    if (!polite.parentNode) this.#host.renderRoot.append(polite, assertive);
    this.#resume();
  }

  /** Cancels the timer but keeps the pending batch: the host may only be moving. */
  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  announce(route: LiveRoute, text: string, title: string): void {
    const batch = (this.#batches[route] ??= { count: 0, text, title });
    batch.count++;
    if (batch.title !== title) batch.title = undefined;
    this.#lastAt = performance.now();
    this.#resume();
  }

  /** Starts the timer for a pending batch (a new one, or one kept while detached). */
  #resume(): void {
    if (this.#timer === undefined && (this.#batches.polite || this.#batches.assertive)) {
      this.#openedAt = this.#lastAt = performance.now();
      this.#timer = setTimeout(this.#tick, QUIET_MS);
    }
  }

  #tick = (): void => {
    const now = performance.now();
    const left = Math.min(QUIET_MS - (now - this.#lastAt), MAX_WAIT_MS - (now - this.#openedAt));
    if (left > 1) {
      this.#timer = setTimeout(this.#tick, left);
      return;
    }
    this.#timer = undefined;
    for (const route of ROUTES) {
      const batch = this.#batches[route];
      if (!batch) continue;
      // A new node each time: re-announces even when the text repeats, and keeps one node.
      const line = document.createElement('p');
      line.textContent = batch.count === 1 ? batch.text : this.#summary(batch.count, route, batch.title);
      this.regions[route].replaceChildren(line);
    }
    this.#batches = {};
  };
}

function region(live: LiveRoute): HTMLElement {
  const node = document.createElement('div');
  // aria-live only, never role=alert too: both on one node double-announce in some readers.
  node.setAttribute('aria-live', live);
  node.setAttribute('aria-atomic', 'true');
  node.className = 'visually-hidden';
  return node;
}
