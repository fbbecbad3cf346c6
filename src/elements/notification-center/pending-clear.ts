/** How long "Undo" stays in the place of "Clear all" (ms). */
export const UNDO_MS = 5000;

/**
 * "Clear all" with an "Undo" for a few seconds: the entries leave the list at once, and the
 * history (in every tab, in storage, with their toasts) forgets them only when the time is up,
 * the panel closes or the center leaves the page. Taking it back needs nothing from other tabs.
 */
export class PendingClear {
  /** The entries cleared and not yet forgotten; null when nothing is pending. */
  ids: Set<string> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #forget: (ids: Set<string>) => void;
  #changed: () => void;

  constructor(forget: (ids: Set<string>) => void, changed: () => void) {
    this.#forget = forget;
    this.#changed = changed;
  }

  start(ids: readonly string[]): void {
    this.commit();
    this.ids = new Set(ids);
    this.#timer = setTimeout(() => this.commit(), UNDO_MS);
    this.#changed();
  }

  undo(): void {
    clearTimeout(this.#timer);
    this.ids = null;
    this.#changed();
  }

  /** Forgets what is pending now. */
  commit(): void {
    clearTimeout(this.#timer);
    const ids = this.ids;
    this.ids = null;
    if (ids) {
      this.#forget(ids);
      this.#changed();
    }
  }
}
