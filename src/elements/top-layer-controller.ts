import type { ReactiveController, ReactiveControllerHost } from 'lit';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

/** The element that carries the stack's nodes into an open modal. Page CSS rarely targets it. */
export const GUEST_TAG = 'streamspace-toast-layer';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Keeps a host's `popover="manual"` container on top of the page:
 * - shows it once the host is attached (page z-index cannot hide the top layer);
 * - hides and re-shows it when another popover opens later (the newest is on top);
 * - while a modal `<dialog>` is open, moves the container (and the live regions) into a
 *   small guest element inside that dialog, because a popover outside an open modal is
 *   inert, and brings them back when it closes.
 *
 * The host itself never moves: frameworks that own it (and `<streamspace-enterprise-ws>`,
 * which looks for its child stack) keep finding it where they put it. The guest copies the
 * host's direction and `--streamspace-toast-*` values; page `::part` rules and values
 * inherited from the host's own ancestors do not reach it while a modal is open.
 * Watches the document only (dialogs inside other shadow roots are not seen).
 */
export class TopLayerController implements ReactiveController {
  static readonly supported = supportsPopover;

  /** Open modals in the order they opened; the last one is on top. */
  private modals: HTMLDialogElement[] = [];
  private observer: MutationObserver | undefined;
  private guest: HTMLElement | undefined;
  private anchor: Node | null = null;

  /**
   * @param container the popover element (in the host's shadow root when at home)
   * @param companions nodes that travel with it, e.g. live regions (kept first in the root)
   */
  constructor(
    private host: Host,
    private container: () => HTMLElement | undefined,
    private companions: () => Node[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['open'], subtree: true });
    document.addEventListener('toggle', this.onToggle, true);
    this.modals = openModals();
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    document.removeEventListener('toggle', this.onToggle, true);
    this.modals = [];
    this.leave();
  }

  hostUpdated(): void {
    // First render while a modal is open, or our dialog left the page while open
    // (no attribute told us): place the container again.
    if (this.guest ? !this.guest.isConnected : this.modals.length > 0) this.sync();
    const el = this.container();
    if (supportsPopover && el?.isConnected && !el.matches(':popover-open')) show(el);
  }

  /** Hides and re-shows the container so it is the newest (topmost) top-layer element. */
  raise(): void {
    const el = this.container();
    if (!supportsPopover || !el?.isConnected) return;
    if (el.matches(':popover-open')) el.hidePopover();
    show(el);
  }

  private onMutations = (records: MutationRecord[]): void => {
    let changed = false;
    for (const { target } of records) {
      if (!(target instanceof HTMLDialogElement)) continue;
      this.modals = this.modals.filter((d) => d !== target);
      if (target.matches(':modal')) this.modals.push(target);
      changed = true;
    }
    if (changed) this.sync();
  };

  private onToggle = (event: Event): void => {
    // Dialogs are handled by the observer; our own container never reaches the document.
    const { target, newState } = event as ToggleEvent;
    if (newState === 'open' && !(target instanceof HTMLDialogElement)) this.raise();
  };

  private sync(): void {
    this.modals = this.modals.filter((d) => d.isConnected && d.matches(':modal'));
    const modal = this.modals.at(-1);
    // A stack the page placed inside the modal is live already.
    if (modal && !modal.contains(this.host)) this.enter(modal);
    else this.leave();
  }

  private enter(modal: HTMLDialogElement): void {
    const container = this.container();
    if (!container) return;
    const guest = (this.guest ??= createGuest(this.host));
    copyLook(this.host, guest);
    if (guest.parentNode !== modal) modal.append(guest);
    const root = guest.shadowRoot!;
    if (container.parentNode !== root) {
      this.anchor = container.nextSibling;
      root.append(...this.companions(), container);
    }
    // Moving hid the popover; show it again inside the modal, above it.
    this.raise();
  }

  private leave(): void {
    const guest = this.guest;
    const container = this.container();
    if (!guest || !container) return;
    this.guest = undefined;
    const home = this.host.renderRoot;
    home.prepend(...this.companions());
    home.insertBefore(container, this.anchor?.parentNode === home ? this.anchor : null);
    guest.remove();
    this.raise();
  }
}

function createGuest(host: Host): HTMLElement {
  const guest = document.createElement(GUEST_TAG);
  const root = guest.attachShadow({ mode: 'open' });
  const styles = (host.renderRoot as ShadowRoot).adoptedStyleSheets;
  if (styles) root.adoptedStyleSheets = styles;
  return guest;
}

/** The guest is elsewhere in the page: give it the host's direction and theme values. */
function copyLook(host: HTMLElement, guest: HTMLElement): void {
  const computed = getComputedStyle(host);
  guest.dir = computed.direction;
  // CSSOM, not a style attribute: allowed under a strict CSP.
  for (const name of computed) {
    if (name.startsWith('--streamspace-toast-')) guest.style.setProperty(name, computed.getPropertyValue(name));
  }
}

function show(el: HTMLElement): void {
  try {
    el.showPopover();
  } catch {
    // Not connected or already shown by someone else: nothing to do.
  }
}

function openModals(): HTMLDialogElement[] {
  try {
    return [...document.querySelectorAll<HTMLDialogElement>('dialog:modal')];
  } catch {
    return [];
  }
}
