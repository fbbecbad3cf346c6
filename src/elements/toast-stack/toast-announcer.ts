import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Speaks toasts through two live regions (polite, assertive) that exist before the first
 * toast, because screen readers ignore a live region that appears together with its text.
 *
 * Announcements are coalesced: one arriving within `QUIET_MS` of the previous one joins
 * its batch, and a batch is spoken at the latest `MAX_WAIT_MS` after it opened. A burst of
 * thousands of toasts is therefore one summary ("300 new notifications, 150 of them
 * alerts"), spoken once, in one region: the assertive one when the batch holds anything
 * urgent. Each `announce` call is O(1) with at most one timer pending.
 */
export type LiveRoute = 'polite' | 'assertive';

/** Builds the summary of a batch of `count` (> 1) items, `alerts` of them alerts; `title` is set when they all share it. */
export type SummaryText = (count: number, alerts: number, title?: string) => string;

interface Batch {
  count: number;
  alerts: number;
  /** Assertive once any item is. */
  route: LiveRoute;
  /** Text of the first item: spoken as is when the batch holds one item. */
  text: string;
  /** The shared title, or `undefined` once two titles differ. */
  title: string | undefined;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

const QUIET_MS = 250;
const MAX_WAIT_MS = 1500;

export class ToastAnnouncer implements ReactiveController {
  /** The two regions; they may travel with the toasts (into a modal), so the host can reach them. */
  readonly regions: Record<LiveRoute, HTMLElement>;
  #host: Host;
  #batch: Batch | null = null;
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

  announce(route: LiveRoute, text: string, title: string, alert = false): void {
    const batch = (this.#batch ??= { count: 0, alerts: 0, route, text, title });
    batch.count++;
    if (alert) batch.alerts++;
    if (route === 'assertive') batch.route = route;
    if (batch.title !== title) batch.title = undefined;
    this.#lastAt = performance.now();
    this.#resume();
  }

  /** Starts the timer for a pending batch (a new one, or one kept while detached). */
  #resume(): void {
    if (this.#timer === undefined && this.#batch) {
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
    const batch = this.#batch;
    this.#batch = null;
    if (!batch) return;
    // A new node each time: re-announces even when the text repeats, and keeps one node.
    const line = document.createElement('p');
    line.textContent = batch.count === 1 ? batch.text : this.#summary(batch.count, batch.alerts, batch.title);
    this.regions[batch.route].replaceChildren(line);
    // The other region is emptied: what it said before is not read again as new.
    this.regions[batch.route === 'assertive' ? 'polite' : 'assertive'].replaceChildren();
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
