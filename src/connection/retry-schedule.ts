import { backoffDelay } from './backoff.js';

export interface RetrySettings {
  /** Base delay (ms) of the exponential backoff. */
  base: number;
  /** Cap (ms) before jitter. */
  cap: number;
  maxAttempts: number;
  random: () => number;
}

/**
 * A connection's reconnect timer: how many retries were scheduled since the last open,
 * when the next one starts, and whether it waits for the network to come back.
 */
export class RetrySchedule {
  /** Retries scheduled since the last open (the caller resets it). */
  attempts = 0;
  /** When the scheduled retry starts (epoch ms), or null. */
  nextAt: number | null = null;
  /** The timer fired while offline; `online` should retry. */
  waitingForNetwork = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Schedules the next retry to call `run`; returns its delay, or null when no attempt is left. */
  schedule({ base, cap, maxAttempts, random }: RetrySettings, run: () => void): number | null {
    if (this.attempts >= maxAttempts) return null;
    this.cancel();
    this.attempts += 1;
    const delay = backoffDelay(this.attempts, { base, cap }, random);
    this.nextAt = Date.now() + delay;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.nextAt = null;
      // Offline, an attempt would only spend one of the allowed retries; `online` resumes.
      if (typeof navigator !== 'undefined' && navigator.onLine === false) this.waitingForNetwork = true;
      else run();
    }, delay);
    return delay;
  }

  /** Stops the pending retry; the attempt count stays. */
  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.nextAt = null;
    this.waitingForNetwork = false;
  }
}
