import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ToastQueue } from '../../toast/toast-queue.js';

/**
 * Runs a `ToastQueue`'s clock for an element:
 * - one `setTimeout` for the whole stack, set after each render for the model's next deadline;
 * - the queue pauses while the host is detached, the page hidden or the window blurred,
 *   and resumes with the time that was left (hover and focus are the template's reasons).
 * Detaching removes the timer and every page listener.
 */
export class ToastTimerController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #queue: ToastQueue;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt: number | null = null;
  #listeners: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, queue: ToastQueue) {
    this.#host = host;
    this.#queue = queue;
    host.addController(this);
    // Countdowns start once the stack is on a page.
    queue.pause('detached');
  }

  hostConnected(): void {
    const queue = this.#queue;
    const signal = (this.#listeners = new AbortController()).signal;
    const onVisibility = () => (document.hidden ? queue.pause('hidden') : queue.resume('hidden'));
    document.addEventListener('visibilitychange', onVisibility, { signal });
    addEventListener('blur', () => queue.pause('blur'), { signal });
    addEventListener('focus', () => queue.resume('blur'), { signal });
    onVisibility();
    // Starting the clock changes the queue, whose owner re-renders: `hostUpdated` sets the timer.
    queue.resume('detached');
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
    this.#queue.pause('detached');
    this.#stop();
  }

  hostUpdated(): void {
    const next = this.#host.isConnected ? this.#queue.nextDeadline() : null;
    if (next === this.#timerAt) return;
    this.#stop();
    if (next === null) return;
    this.#timerAt = next;
    this.#timer = setTimeout(() => {
      this.#timerAt = null;
      this.#queue.expire();
      // Nothing was due yet (a timer may fire a little early): wait again.
      this.hostUpdated();
    }, next - performance.now());
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timerAt = null;
  }
}
