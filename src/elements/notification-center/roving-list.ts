import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly updateComplete: Promise<boolean> };

/**
 * The center's entry list as one Tab stop (WAI-ARIA APG roving tabindex): only the current
 * entry's button is tabbable; Up/Down and Home/End move between entries, Delete removes the
 * focused one and focus goes to the next, else the previous, else `fallback()` (the panel).
 */
export class RovingList {
  /** The id of the entry holding the list's Tab stop; null: the first one rendered. */
  current: string | null = null;
  #host: Host;
  #entries: () => HTMLElement[];
  #remove: (id: string) => void;
  #fallback: () => HTMLElement | null | undefined;

  constructor(host: Host, entries: () => HTMLElement[], remove: (id: string) => void, fallback: () => HTMLElement | null | undefined) {
    this.#host = host;
    this.#entries = entries;
    this.#remove = remove;
    this.#fallback = fallback;
  }

  /** The entry that is the Tab stop among those rendered. */
  stop(ids: readonly string[]): string | null {
    return this.current !== null && ids.includes(this.current) ? this.current : (ids[0] ?? null);
  }

  onKey = (event: KeyboardEvent): void => {
    const entries = this.#entries();
    const at = entries.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: entries.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      this.focus(entries[Math.max(0, Math.min(move, entries.length - 1))]);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      const id = idOf(entries[at]);
      if (id) this.delete(id, at);
    }
  };

  /** Focus arrived on an entry (click, Tab): it becomes the Tab stop. */
  onFocus = (event: FocusEvent): void => {
    const id = idOf(event.target as Element);
    if (id && id !== this.current) {
      this.current = id;
      this.#host.requestUpdate();
    }
  };

  focus(entry: HTMLElement | undefined): void {
    if (!entry) return;
    this.current = idOf(entry);
    entry.focus();
    this.#host.requestUpdate();
  }

  /** Removes the entry at `index`; focus goes to the one that took its place, else the previous. */
  delete(id: string, index: number): void {
    this.#remove(id);
    // Now, so `updateComplete` waits for the render without it.
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const left = this.#entries();
      const next = left[Math.min(index, left.length - 1)];
      if (next) this.focus(next);
      else this.#fallback()?.focus();
    });
  }
}

const idOf = (node: Element | undefined): string | null => node?.closest('li')?.dataset.id ?? null;
