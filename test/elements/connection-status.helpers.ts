import type { StreamSpaceConnectionStatus } from '../../src/elements/connection-status/connection-status.js';

/** What the pill shows and says now. */
export function pill(el: StreamSpaceConnectionStatus) {
  const root = el.shadowRoot!;
  return {
    container: root.querySelector<HTMLElement>('[part~="pill"]')!,
    label: root.querySelector('[part~="label"]')?.textContent ?? null,
    dot: root.querySelector<HTMLElement>('[part~="dot"]')!,
    button: root.querySelector<HTMLButtonElement>('[part~="action-button"]'),
    live: root.querySelector('[role="status"]')!.textContent!,
  };
}

/** Every distinct text a node held, in order, from now on (a MutationObserver; call `stop`). */
export function textsOf(node: Node) {
  const texts = [node.textContent ?? ''];
  const observer = new MutationObserver(() => {
    const text = node.textContent ?? '';
    if (text !== texts[texts.length - 1]) texts.push(text);
  });
  observer.observe(node, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

/**
 * A stand-in for `<streamspace-enterprise-ws>` with the members the pill reads, for tests
 * that must control time exactly; it creates no timer of its own, and counts the listeners
 * added to it that are still live (removed or aborted ones are not counted).
 */
export class FakeConnectionElement extends HTMLElement {
  state = 'open';
  reconnectAttempts = 0;
  nextReconnectAt: number | null = null;
  readonly connection = { options: { maxReconnectAttempts: 10 } };
  reconnects = 0;
  #live = new Set<EventListenerOrEventListenerObject>();

  get liveListeners(): number {
    return this.#live.size;
  }

  reconnect(): void {
    this.reconnects += 1;
  }

  /** Moves to `state` and fires what the real element fires. */
  set(state: string, retry?: { attempt: number; inMs: number }): void {
    const previous = this.state;
    this.state = state;
    this.reconnectAttempts = retry?.attempt ?? (state === 'open' ? 0 : this.reconnectAttempts);
    this.nextReconnectAt = retry ? Date.now() + retry.inMs : null;
    this.dispatchEvent(new CustomEvent('streamspace-state', { detail: { state, previous }, bubbles: true, composed: true }));
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
    this.#live.add(listener);
    if (typeof options === 'object') options.signal?.addEventListener('abort', () => this.#live.delete(listener));
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
    this.#live.delete(listener);
  }
}
if (!customElements.get('fake-connection-element')) customElements.define('fake-connection-element', FakeConnectionElement);

/**
 * Counts the timers (timeouts, intervals, animation frames) created while installed that are
 * still pending: created, not cleared, not yet fired (an interval stays pending until cleared).
 */
export function timerSpy() {
  const pending = new Set<number>();
  const saved = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (handler: () => void, ms?: number) => {
    const id = saved.setTimeout.call(window, () => {
      pending.delete(id);
      handler();
    }, ms) as unknown as number;
    pending.add(id);
    return id;
  };
  w.setInterval = (handler: () => void, ms?: number) => {
    const id = saved.setInterval.call(window, handler, ms) as unknown as number;
    pending.add(id);
    return id;
  };
  w.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = saved.requestAnimationFrame.call(window, (time) => {
      pending.delete(-id);
      callback(time);
    });
    pending.add(-id);
    return id;
  };
  w.clearTimeout = w.clearInterval = (id?: number) => {
    if (id !== undefined) pending.delete(id);
    saved.clearTimeout.call(window, id);
  };
  w.cancelAnimationFrame = (id: number) => {
    pending.delete(-id);
    saved.cancelAnimationFrame.call(window, id);
  };
  return {
    get pending() {
      return pending.size;
    },
    restore: () => Object.assign(window, saved),
  };
}

/**
 * Counts the MutationObservers observing now (observe called, disconnect not yet), except the
 * one page-wide `lang`/`dir` observer every element shares (the localize controller's).
 */
export function observerSpy() {
  const active = new Set<MutationObserver>();
  const { observe, disconnect } = MutationObserver.prototype;
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    if (!args[1]?.attributeFilter?.includes('lang')) active.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    active.delete(this);
    return disconnect.call(this);
  };
  return {
    get active() {
      return active.size;
    },
    restore: () => Object.assign(MutationObserver.prototype, { observe, disconnect }),
  };
}

/** Makes the browser report itself offline (or online again) as it would: `navigator.onLine` and the event. */
export function goOffline(offline: boolean): void {
  if (offline) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  else delete (navigator as unknown as Record<string, unknown>).onLine;
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
}
