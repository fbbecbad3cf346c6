type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

type CustomEventName = {
  [K in keyof GlobalEventHandlersEventMap]: GlobalEventHandlersEventMap[K] extends CustomEvent ? K : never;
}[keyof GlobalEventHandlersEventMap];

/**
 * Fires an element's public event: a CustomEvent that bubbles and is composed, so a page
 * listens wherever it likes (`document.addEventListener(...)`) even across shadow roots.
 * Typed by `GlobalEventHandlersEventMap`; returns false when a listener cancelled it.
 */
export function emit<K extends CustomEventName>(
  target: EventTarget,
  type: K,
  detail: DetailOf<GlobalEventHandlersEventMap[K]>,
  init?: { cancelable?: boolean },
): boolean;
/** A name known only at run time (a server message's `type`). */
export function emit(target: EventTarget, type: string, detail: unknown, init?: { cancelable?: boolean }): boolean;
export function emit(target: EventTarget, type: string, detail: unknown, init?: { cancelable?: boolean }): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: init?.cancelable ?? false }));
}
