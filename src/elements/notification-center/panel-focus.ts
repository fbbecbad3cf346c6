import { deepActiveElement } from '../toast-stack/toast-focus-controller.js';

/**
 * Where focus goes around the center's panel, so it is never lost nor hidden under it:
 * - closed (Escape, a click outside, `hide()`), focus returns to what opened it: the bell, or
 *   another control such as the toast stack's "+N more", unless it went elsewhere on purpose;
 * - focus leaving the panel (Tab past either end) closes it.
 */
export class PanelFocus {
  /** What opened the panel, when not the bell. */
  #opener: HTMLElement | null = null;
  #host: HTMLElement;
  #root: () => Node;

  /** `root`: the center's render root (created once it is attached). */
  constructor(host: HTMLElement, root: () => Node) {
    this.#host = host;
    this.#root = root;
  }

  /** Before opening: remembers the focused control outside the center. */
  remember(): void {
    const active = deepActiveElement();
    if (active && active !== document.body && !this.#root().contains(active)) this.#opener = active;
  }

  /** After closing: focus back to the bell, then (once the toasts are back) to the opener. */
  restore(bell: HTMLElement | null): void {
    const opener = this.#opener;
    this.#opener = null;
    const active = deepActiveElement();
    const lost = !active || active === document.body || active === this.#host || this.#root().contains(active);
    if (!lost) return;
    bell?.focus();
    if (opener) setTimeout(() => opener.isConnected && deepActiveElement() === bell && opener.focus());
  }

  /** A focusout from the center: true when focus left the open panel for the page (close it). */
  left(event: FocusEvent, panel: HTMLElement | null, bell: HTMLElement | null): boolean {
    const to = event.relatedTarget as Node | null;
    // Focus went to the bell: its own click toggles the panel.
    if (!to || !panel || panel.contains(to) || to === this.#host || to === bell) return false;
    this.#opener = null;
    return true;
  }
}
