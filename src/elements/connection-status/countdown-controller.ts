import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whole seconds left until a moment (epoch ms), re-rendering the host as each second passes.
 * At most one timer, and only while there is time left and the host is in the page: the
 * timer is aligned to the next second boundary, so the display steps when the value does.
 */
export class CountdownController implements ReactiveController {
  #host: ReactiveControllerHost;
  #until: number | null = null;
  #attached = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Seconds left, rounded up; 0 once due or when nothing is tracked. */
  get seconds(): number {
    return this.#until === null ? 0 : Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
  }

  /** Counts down to `until`; null stops. Calling it again with the same moment changes nothing. */
  track(until: number | null): void {
    if (until === this.#until) return;
    this.#until = until;
    this.#schedule();
  }

  hostConnected(): void {
    this.#attached = true;
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#attached = false;
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const left = this.#until === null ? 0 : this.#until - Date.now();
    if (!this.#attached || left <= 0) return;
    this.#timer = setTimeout(this.#tick, left % 1000 || 1000);
  }

  #tick = (): void => {
    this.#timer = undefined;
    this.#host.requestUpdate();
    this.#schedule();
  };
}
