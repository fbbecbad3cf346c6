import type { ReactiveController, ReactiveControllerHost } from 'lit';

const supported = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Keeps a host's `popover="manual"` container on top of the page:
 * - shows it once the host is attached (page z-index cannot hide the top layer);
 * - hides and re-shows it when another popover opens later (the newest is on top);
 * - while a modal `<dialog>` is open, moves the container (and the live regions) into a
 *   small guest element, `<streamspace-toast-layer>`, inside that dialog, because a popover
 *   outside an open modal is inert, and brings them back when it closes.
 *
 * The host itself never moves: frameworks that own it (and `<streamspace-enterprise-ws>`,
 * which looks for its child stack) keep finding it where they put it. The guest copies the
 * host's direction and `--streamspace-toast-*` values; page `::part` rules and values
 * inherited from the host's own ancestors do not reach it while a modal is open.
 * Watches the document only (dialogs inside other shadow roots are not seen). Where the
 * Popover API is missing it does nothing: the stack is a fixed layer with a high z-index.
 */
export class TopLayerController implements ReactiveController {
  static readonly supported = supported;

  #host: Host;
  #container: () => HTMLElement | undefined;
  #companions: readonly Node[];
  /** Open modals in the order they opened; the last one is on top. */
  #modals: HTMLDialogElement[] = [];
  #observer = new MutationObserver((records) => {
    for (const { target } of records) {
      // A dialog shown modal (again) goes on top; `#sync` drops the ones that closed.
      if (target instanceof HTMLDialogElement && target.matches(':modal')) {
        this.#modals = [...this.#modals.filter((d) => d !== target), target];
      }
    }
    this.#sync();
  });
  #guest: HTMLElement | undefined;
  #anchor: Node | null = null;

  /**
   * @param container the popover element (in the host's shadow root when at home)
   * @param companions nodes that travel with it, e.g. live regions (kept first in the root)
   */
  constructor(host: Host, container: () => HTMLElement | undefined, companions: readonly Node[]) {
    this.#host = host;
    this.#container = container;
    this.#companions = companions;
    host.addController(this);
  }

  hostConnected(): void {
    if (!supported) return;
    this.#observer.observe(document, { attributeFilter: ['open'], subtree: true });
    document.addEventListener('toggle', this.#onToggle, true);
    this.#modals = [...document.querySelectorAll<HTMLDialogElement>('dialog:modal')];
    this.#sync();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    document.removeEventListener('toggle', this.#onToggle, true);
    this.#modals = [];
    this.#sync();
  }

  hostUpdated(): void {
    if (!supported) return;
    // First render while a modal is open, or our dialog left the page while open
    // (no attribute told us): place the container again.
    if (this.#guest ? !this.#guest.isConnected : this.#modals.length) this.#sync();
    if (!this.#container()?.matches(':popover-open')) this.#raise();
  }

  /** Hides and re-shows the container so it is the newest (topmost) top-layer element. */
  #raise(): void {
    const el = this.#container();
    if (!el?.isConnected) return;
    if (el.matches(':popover-open')) el.hidePopover();
    try {
      el.showPopover();
    } catch {
      // Shown by someone else in between: nothing to do.
    }
  }

  #onToggle = ({ target, newState }: ToggleEvent): void => {
    // Dialogs are handled by the observer; our own container never reaches the document.
    if (newState === 'open' && !(target instanceof HTMLDialogElement)) this.#raise();
  };

  /** Puts the container where it is live: in a guest inside the top modal, else at home. */
  #sync(): void {
    this.#modals = this.#modals.filter((d) => d.isConnected && d.matches(':modal'));
    const modal = this.#modals.at(-1);
    const container = this.#container();
    if (!container) return;
    // A stack the page placed inside the modal is live already.
    if (modal && !modal.contains(this.#host)) this.#visit(modal, container);
    else if (this.#guest) this.#home(container);
    else return;
    // Moving hid the popover; show it again where it is now.
    this.#raise();
  }

  #visit(modal: HTMLDialogElement, container: HTMLElement): void {
    const host = this.#host;
    let guest = this.#guest;
    if (!guest) {
      guest = this.#guest = document.createElement('streamspace-toast-layer');
      guest.attachShadow({ mode: 'open' }).adoptedStyleSheets = (host.renderRoot as ShadowRoot).adoptedStyleSheets;
    }
    // The guest is elsewhere in the page: give it the host's direction and theme values,
    // through CSSOM, not a style attribute, so a strict CSP allows it.
    const computed = getComputedStyle(host);
    guest.dir = computed.direction;
    for (const name of computed) {
      if (name.startsWith('--streamspace-toast-')) guest.style.setProperty(name, computed.getPropertyValue(name));
    }
    if (guest.parentNode !== modal) modal.append(guest);
    const root = guest.shadowRoot!;
    if (container.parentNode !== root) {
      this.#anchor = container.nextSibling;
      root.append(...this.#companions, container);
    }
  }

  #home(container: HTMLElement): void {
    const home = this.#host.renderRoot;
    home.prepend(...this.#companions);
    home.insertBefore(container, this.#anchor?.parentNode === home ? this.#anchor : null);
    this.#guest!.remove();
    this.#guest = undefined;
  }
}
