import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ToastQueue } from '../toast/toast-queue.js';

/**
 * Runs a `ToastQueue`'s clock for an element:
 * - one `setTimeout` for the whole stack, set after each render for the model's next deadline;
 * - the queue pauses while the host is detached, the page hidden or the window blurred,
 *   and resumes with the time that was left (hover and focus are the template's reasons).
 * Detaching removes the timer and every page listener.
 */
export class ToastTimerController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt: number | null = null;
  private listeners: AbortController | undefined;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private queue: ToastQueue,
  ) {
    host.addController(this);
    // Countdowns start once the stack is on a page.
    queue.pause('detached');
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    document.addEventListener('visibilitychange', this.onVisibility, { signal });
    window.addEventListener('blur', () => this.queue.pause('blur'), { signal });
    window.addEventListener('focus', () => this.queue.resume('blur'), { signal });
    this.onVisibility();
    this.queue.resume('detached');
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.queue.pause('detached');
    this.stop();
  }

  hostUpdated(): void {
    this.sync();
  }

  private sync(): void {
    const next = this.host.isConnected ? this.queue.nextDeadline() : null;
    if (next === this.timerAt) return;
    this.stop();
    if (next === null) return;
    this.timerAt = next;
    this.timer = setTimeout(() => {
      this.timerAt = null;
      this.queue.expire();
      // Nothing was due yet (a timer may fire a little early): wait again.
      this.sync();
    }, Math.max(0, next - performance.now()));
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = null;
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.queue.pause('hidden');
    else this.queue.resume('hidden');
  };
}
