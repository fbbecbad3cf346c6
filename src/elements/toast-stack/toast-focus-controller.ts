import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The focused element, through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

const MODIFIERS = ['alt', 'ctrl', 'shift', 'meta'] as const;

/** `alt+t`, `ctrl+shift+y`...: modifiers (alt, ctrl, shift, meta), then one key; `off` turns it off. */
export function parseHotkey(value: unknown): ((event: KeyboardEvent) => boolean) | null {
  const parts = String(value ?? '').toLowerCase().split('+');
  const key = parts.pop();
  if (!key || key === 'off') return null;
  // `code` too: Alt+T types "†" on a Mac keyboard.
  return (event) =>
    MODIFIERS.every((name) => event[`${name}Key`] === parts.includes(name)) &&
    (event.key.toLowerCase() === key || event.code.toLowerCase() === `key${key}`);
}

/**
 * Where keyboard focus goes around the toast stack, so it is never lost to `<body>`:
 * - the hotkey moves focus to the newest toast, and Escape then returns it where it was;
 * - a toast dismissed from the keyboard hands focus to the next toast, else the previous,
 *   else back to where focus was before it entered the stack.
 */
export class ToastFocusController implements ReactiveController {
  #host: ReactiveControllerHost;
  #stack: () => HTMLElement | undefined;
  /** The host's `hotkey` attribute. */
  #hotkey: () => unknown;
  /** Where focus was before it entered the stack. */
  #returnTo: HTMLElement | null = null;
  /** Focus came in by the hotkey: Escape returns it rather than dismissing a toast. */
  #byHotkey = false;
  #stop: AbortController | undefined;

  constructor(host: ReactiveControllerHost, stack: () => HTMLElement | undefined, hotkey: () => unknown) {
    (this.#host = host).addController(this);
    this.#stack = stack;
    this.#hotkey = hotkey;
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKey, { signal: (this.#stop = new AbortController()).signal });
  }

  hostDisconnected(): void {
    this.#stop?.abort();
  }

  /** The stack's `focusin`: remembers where focus came from, when from outside. */
  entered(event: FocusEvent): void {
    const from = event.relatedTarget as HTMLElement | null;
    if (from && !this.#stack()?.contains(from)) {
      this.#returnTo = from;
      this.#byHotkey = false;
    }
  }

  /** Escape in the stack: true when it returned focus (entered by the hotkey), false to dismiss. */
  escape(): boolean {
    const back = this.#byHotkey;
    if (back) this.return();
    return back;
  }

  /** Focus back where it was before the stack, if that is still on the page. */
  return(): void {
    const target = this.#returnTo;
    this.#returnTo = null;
    this.#byHotkey = false;
    if (target?.isConnected) target.focus();
    else deepActiveElement()?.blur();
  }

  /** After the render: focus `selector` in the toast now at `index` (the next), else the previous, else return. */
  afterDismiss(index: number, selector: string): void {
    void this.#host.updateComplete.then(() => {
      const toasts = this.#toasts();
      const next = toasts[Math.min(index, toasts.length - 1)];
      const target = next?.querySelector<HTMLElement>(selector) ?? next?.querySelector('button');
      if (target) target.focus();
      else this.return();
    });
  }

  #toasts(): HTMLElement[] {
    return [...(this.#stack()?.querySelectorAll<HTMLElement>('li:not([hidden])') ?? [])];
  }

  #onKey = (event: KeyboardEvent): void => {
    const toasts = this.#toasts();
    if (event.defaultPrevented || !toasts.length || !parseHotkey(this.#hotkey())?.(event)) return;
    event.preventDefault();
    const active = deepActiveElement();
    if (!this.#stack()?.contains(active)) this.#returnTo = active;
    // The newest toast: the highest arrival number on screen.
    toasts.reduce((a, b) => (+b.dataset.seq! > +a.dataset.seq! ? b : a)).focus();
    // After focus(): its focusin would reset the flag.
    this.#byHotkey = true;
  };
}
