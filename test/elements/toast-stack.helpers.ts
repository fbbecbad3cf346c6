import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';

/** A stack whose toasts stay until dismissed, unless a test asks otherwise. */
export function stackFixture(attrs: { duration?: number; maxVisible?: number; theme?: string } = {}) {
  return fixture<StreamSpaceToastStack>(
    html`<streamspace-toast-stack
      duration=${attrs.duration ?? 0}
      max-visible=${attrs.maxVisible ?? 3}
      theme=${attrs.theme ?? 'auto'}
    ></streamspace-toast-stack>`,
  );
}

/** Where the stack's nodes are now: its shadow root, or the guest's inside an open modal. */
export const shadow = (el: StreamSpaceToastStack): ShadowRoot => {
  const own = el.shadowRoot!;
  if (own.querySelector('section')) return own;
  return document.querySelector('streamspace-toast-layer')?.shadowRoot ?? own;
};

export const toastItems = (el: StreamSpaceToastStack): HTMLLIElement[] => [...shadow(el).querySelectorAll('li')];

export const toastItem = (el: StreamSpaceToastStack, id: string): HTMLLIElement | null =>
  shadow(el).querySelector(`li[data-id="${CSS.escape(id)}"]`);

export const region = (el: StreamSpaceToastStack, live: 'polite' | 'assertive'): HTMLElement =>
  shadow(el).querySelector(`[aria-live="${live}"]`)!;

/** Waits for the announcer's coalescing window to speak, then returns what it said. */
export async function spoken(el: StreamSpaceToastStack, live: 'polite' | 'assertive'): Promise<string> {
  await waitUntil(() => region(el, live).textContent !== '', `nothing announced (${live})`, { timeout: 3000 });
  return region(el, live).textContent!.trim();
}

/** Records every event of `type` the element fires. */
export function record<T>(el: EventTarget, type: string): T[] {
  const details: T[] = [];
  el.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

export function centre(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}
