import type { ReactiveController, ReactiveControllerHost } from 'lit';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

/**
 * Keeps a host's `popover="manual"` container on top of the page:
 * - shows it once the host is attached (page z-index cannot hide the top layer);
 * - hides and re-shows it when another popover opens later (the newest is on top);
 * - while a modal `<dialog>` is open, moves the host into that dialog, because a popover
 *   outside an open modal is inert, and moves it back when the dialog closes.
 * Watches the document only (dialogs inside other shadow roots are not seen).
 */
export class TopLayerController implements ReactiveController {
  static readonly supported = supportsPopover;

  /** Where the host lives when no modal is open: set while it is a guest in a dialog. */
  private home: { parent: Node; next: Node | null } | undefined;
  /** Open modals in the order they opened; the last one is on top. */
  private modals: HTMLDialogElement[] = [];
  private observer: MutationObserver | undefined;
  private moving = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private container: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.moving) return;
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['open'],
      subtree: true,
    });
    document.addEventListener('toggle', this.onToggle, true);
    this.modals = openModals();
    this.sync();
  }

  hostDisconnected(): void {
    if (this.moving) return;
    this.observer?.disconnect();
    this.observer = undefined;
    document.removeEventListener('toggle', this.onToggle, true);
    this.modals = [];
    // Our dialog was removed from the page with us in it: go home if home is still there.
    const home = this.home;
    this.home = undefined;
    if (home?.parent.isConnected) {
      queueMicrotask(() => {
        if (!this.host.isConnected) home.parent.insertBefore(this.host, nextIn(home));
      });
    }
  }

  hostUpdated(): void {
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
    const host = this.host;
    if (modal) {
      // A guest sits directly in the modal (not in a closed dialog nested in it);
      // a stack the page itself placed inside the modal stays where it is.
      if (host.parentNode === modal || (!this.home && modal.contains(host))) return;
      const parent = host.parentNode;
      if (!this.home && parent) this.home = { parent, next: host.nextSibling };
      this.move(() => modal.append(host));
    } else if (this.home) {
      const home = this.home;
      this.home = undefined;
      if (home.parent.isConnected) this.move(() => home.parent.insertBefore(host, nextIn(home)));
    }
  }

  private move(insert: () => void): void {
    this.moving = true;
    try {
      insert();
    } finally {
      this.moving = false;
    }
    // Removal hid the popover; show it again inside its new place, above the modal.
    this.raise();
  }
}

function show(el: HTMLElement): void {
  try {
    el.showPopover();
  } catch {
    // Not connected or already shown by someone else: nothing to do.
  }
}

function nextIn(home: { parent: Node; next: Node | null }): Node | null {
  return home.next?.parentNode === home.parent ? home.next : null;
}

function openModals(): HTMLDialogElement[] {
  try {
    return [...document.querySelectorAll<HTMLDialogElement>('dialog:modal')];
  } catch {
    return [];
  }
}
