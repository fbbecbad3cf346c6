import type { StreamSpaceMessage } from '../protocol/messages.js';

/** How long one task may spend delivering messages before it yields to the page. */
export const DELIVERY_SLICE_MS = 8;

/** How many messages are delivered between two looks at the clock. */
const CLOCK_STRIDE = 32;

/**
 * Messages received but not yet delivered. A frame may hold thousands of lines, and each one
 * becomes DOM events, toasts and whatever listeners do; delivering them all in the socket's
 * task could block the page for long. So delivery runs in slices of about
 * `DELIVERY_SLICE_MS` and yields between them, in order, losing nothing; `flush()` delivers
 * the rest at once (before a close is reported, so no message arrives after its close).
 */
export class MessageBacklog {
  readonly #deliver: (message: StreamSpaceMessage) => void;
  #messages: StreamSpaceMessage[] = [];
  #next = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(deliver: (message: StreamSpaceMessage) => void) {
    this.#deliver = deliver;
  }

  /** Messages waiting for a later slice. */
  get size(): number {
    return this.#messages.length - this.#next;
  }

  /** Queues a frame's messages (in order, after any still waiting) and delivers a slice now. */
  push(messages: StreamSpaceMessage[]): void {
    if (this.size === 0) {
      this.#messages = messages;
      this.#next = 0;
    } else {
      for (let i = 0; i < messages.length; i += 1) this.#messages.push(messages[i]!);
    }
    this.#drain(DELIVERY_SLICE_MS);
  }

  /** Delivers everything still waiting, now. */
  flush(): void {
    this.#drain(Infinity);
  }

  #drain(sliceMs: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const messages = this.#messages;
    // The clock is read from the first stride on: most frames are shorter and never read it.
    let deadline = 0;
    while (this.#next < messages.length) {
      this.#deliver(messages[this.#next++]!);
      if (this.#next % CLOCK_STRIDE === 0 && this.#next < messages.length) {
        const now = performance.now();
        deadline ||= now + sliceMs;
        if (now > deadline) {
          this.#timer = setTimeout(() => this.#drain(DELIVERY_SLICE_MS));
          return;
        }
      }
    }
    this.#messages = [];
    this.#next = 0;
  }
}
