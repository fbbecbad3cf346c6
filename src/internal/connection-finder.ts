import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface ConnectionFinderOptions {
  /** The tag of the elements looked for (the finder names no element class: it is a floor below them). */
  tag: string;
  /** The id to look for (the host's `for`), or null for the closest one around it. */
  id: () => string | null;
  events: readonly string[];
  onChange: (event?: Event) => void;
}

/**
 * Shared by the elements that report on a connection (status pill, notification center).
 * Finds the connection element (`T`, by its tag) an element reports on: the one whose id its `for`
 * names, else the closest one around it (across shadow roots), else the first in the
 * document. While none is found, a MutationObserver waits for one to be attached; it is
 * disconnected as soon as one is found or the host leaves the page. The events named are
 * listened to on the found element only while the host is in the page.
 */
export class ConnectionFinder<T extends Element> implements ReactiveController {
  #host: Host;
  #options: ConnectionFinderOptions;
  #element: T | null = null;
  #listening: AbortController | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: Host, options: ConnectionFinderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The connection element found, or null. */
  get element(): T | null {
    return this.#element;
  }

  hostConnected(): void {
    this.find();
  }

  /** Stops listening and looking; the element found is kept (nothing to re-render). */
  hostDisconnected(): void {
    this.#listening?.abort();
    this.#listening = undefined;
    this.#watch(false);
  }

  /** Looks again: the `for` id changed, or the element found left the page. */
  find(): void {
    if (!this.#host.isConnected) return;
    const found = this.#lookup();
    this.#bind(found);
    this.#watch(!found);
  }

  #lookup(): T | null {
    const { id: idOf, tag } = this.#options;
    const id = idOf();
    if (id) {
      const root = this.#host.getRootNode() as Document | ShadowRoot;
      return root.getElementById(id) as T | null;
    }
    return closestAcrossShadows<T>(this.#host, tag) ?? document.querySelector<T>(tag);
  }

  #bind(element: T | null): void {
    // Same element and still listening (or still none): nothing changed.
    if (element === this.#element && (this.#listening || !element)) return;
    this.#listening?.abort();
    this.#listening = undefined;
    this.#element = element;
    if (element) {
      this.#listening = new AbortController();
      const listener = (event: Event) => {
        // A nested connection element's events bubble through this one: not ours.
        if (event.target !== element) return;
        // Removed for good, it closes its socket and says so: look for another one.
        if (!element.isConnected) this.find();
        this.#options.onChange(event);
      };
      for (const type of this.#options.events) element.addEventListener(type, listener, { signal: this.#listening.signal });
    }
    this.#options.onChange();
  }

  #watch(on: boolean): void {
    if (!on) {
      this.#observer?.disconnect();
      this.#observer = undefined;
    } else if (!this.#observer) {
      this.#observer = new MutationObserver(() => this.find());
      this.#observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    }
  }
}

function closestAcrossShadows<T extends Element>(from: Element, selector: string): T | null {
  for (let node: Element | undefined = from; node; node = (node.getRootNode() as ShadowRoot).host) {
    const found = node.closest(selector);
    if (found) return found as T;
  }
  return null;
}
