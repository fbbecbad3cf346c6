import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ToastQueue, type ToastPatch } from '../../toast/toast-queue.js';
import type { Toast, ToastOptions, ToastPosition } from '../../toast/types.js';
import { emit } from '../../internal/emit.js';
import { ToastAnnouncer, type LiveRoute } from './toast-announcer.js';
import { closeIcon, severityIcons } from './toast-icons.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { ToastStrings } from './toast-strings.js';
import { toastStackStyles } from './toast-stack.styles.js';
import { ToastTimerController } from './toast-timer-controller.js';
import { TopLayerController } from './top-layer-controller.js';

export type { ToastActionDetail, ToastDismissDetail, ToastShowDetail } from './toast-events.js';

export type ToastTheme = 'light' | 'dark' | 'auto';

const route = (toast: Toast): LiveRoute =>
  toast.severity === 'error' || toast.priority === 'critical' ? 'assertive' : 'polite';

/**
 * Accessible, flood-proof toast notifications. Renders a `ToastQueue`; use it alone through
 * its methods, or inside `<streamspace-enterprise-ws>`.
 *
 * @attr position - `top-left`, `top-center`, `top-right`, `bottom-left`, `bottom-center`, `bottom-right` (default)
 * @attr max-visible - toasts shown at once (default 3); the rest wait behind a "+N more" line
 * @attr duration - ms before auto-dismiss (default 6000); `0` keeps toasts until dismissed
 * @attr theme - `light`, `dark` or `auto` (default, follows `prefers-color-scheme`)
 *
 * @fires streamspace-toast-show - `{toast, outcome}`: a toast was added, merged ("×N") or updated by id
 * @fires streamspace-toast-dismiss - `{id, reason, toast}`: reason `timeout`, `user`, `api` or `overflow`
 * @fires streamspace-toast-action - `{id, toast}`: the action button was pressed (the toast is dismissed)
 *
 * @csspart stack - the top-layer container (a `popover="manual"` landmark)
 * @csspart toast - one toast
 * @csspart toast-info - a toast of severity info
 * @csspart toast-success - a toast of severity success
 * @csspart toast-warning - a toast of severity warning
 * @csspart toast-error - a toast of severity error
 * @csspart icon - the severity icon
 * @csspart title - the toast's title
 * @csspart count - the "×N" badge of a repeated toast
 * @csspart message - the toast's message
 * @csspart action-button - the action button
 * @csspart close-button - the dismiss button
 * @csspart overflow - the "+N more" line; a button that opens the notification center when the page has one
 *
 * @cssprop --streamspace-toast-background - toast background
 * @cssprop --streamspace-toast-color - title text colour
 * @cssprop --streamspace-toast-muted-color - message text and close icon colour
 * @cssprop --streamspace-toast-border-color - toast border
 * @cssprop --streamspace-toast-info-color - info accent (stripe, icon, action)
 * @cssprop --streamspace-toast-success-color - success accent
 * @cssprop --streamspace-toast-warning-color - warning accent
 * @cssprop --streamspace-toast-error-color - error accent
 * @cssprop --streamspace-toast-focus-color - focus ring (default: the accent)
 * @cssprop --streamspace-toast-radius - corner radius (default 0.5rem)
 * @cssprop --streamspace-toast-shadow - toast shadow
 * @cssprop --streamspace-toast-font - font family (default system-ui)
 * @cssprop --streamspace-toast-width - stack width (default 22.5rem, capped by the viewport)
 * @cssprop --streamspace-toast-gap - space between toasts (default 8px)
 * @cssprop --streamspace-toast-offset - distance from the viewport edges (default 16px)
 * @cssprop --streamspace-toast-animation-duration - enter animation (default 180ms; none with reduced motion)
 * @cssprop --streamspace-toast-z-index - stacking where the Popover API is missing
 */
export class StreamSpaceToastStack extends LitElement {
  static override styles = toastStackStyles;

  /** Corner or edge of the viewport; logical, so RTL pages mirror it. */
  @property() position: ToastPosition = 'bottom-right';

  @property() theme: ToastTheme = 'auto';

  /** Replaces any of the rendered or announced strings of the element's language (see docs/localization.md). */
  @property({ attribute: false }) strings: Partial<ToastStrings> = {};

  /** The model: ordering, bounds, de-duplication and timers. */
  readonly queue = new ToastQueue({
    onChange: () => this.requestUpdate(),
    onShow: (toast, outcome) => {
      if (outcome !== 'updated' || this.#replaced !== this.#spoken(toast)) this.#announce(toast);
      emit(this, 'streamspace-toast-show', { toast, outcome });
    },
    onDismiss: (toast, reason) => emit(this, 'streamspace-toast-dismiss', { id: toast.id, reason, toast }),
  });

  #i18n = new LocalizeController(this);
  #textFor: [Partial<ToastStrings>, ToastStrings] | undefined;
  #mergedText!: ToastStrings;
  #announcer = new ToastAnnouncer(this, (count, live, title) => this.#text.burst(count, live === 'assertive', title));
  /** The top-layer container; it visits open modals, so it is not always in `renderRoot`. */
  #stack: HTMLElement | undefined;
  /** What a `show({id})` replaces said, to announce it again only if its text changed. */
  #replaced: string | undefined;

  constructor() {
    super();
    new ToastTimerController(this, this.queue);
    new TopLayerController(
      this,
      () => (this.#stack ??= this.renderRoot.querySelector('section') ?? undefined),
      Object.values(this.#announcer.regions),
    );
  }

  /** Toasts shown at once; the rest wait. */
  @property({ type: Number, attribute: 'max-visible' })
  get maxVisible(): number {
    return this.queue.maxVisible;
  }
  set maxVisible(value: number) {
    this.queue.maxVisible = value;
  }

  /** Default ms before auto-dismiss; 0 means until dismissed. */
  @property({ type: Number })
  get duration(): number {
    return this.queue.duration;
  }
  set duration(value: number) {
    this.queue.duration = value;
  }

  /** Shows a toast (or updates the one with the same `id`, or bumps an identical one's "×N"). */
  show(options: ToastOptions): string {
    // Only a show with an id can update a toast; without one, what is looked up goes unused.
    this.#replaced = this.#spoken(this.queue.get(String(options?.id)));
    const id = this.queue.show(options);
    this.#replaced = undefined;
    return id;
  }

  /** Changes a toast in place. Returns false for an unknown id. */
  updateToast(id: string, patch: ToastPatch): boolean {
    id = String(id);
    const before = this.#spoken(this.queue.get(id));
    // The queue reads a missing or junk patch (page code calls in) as no change.
    const done = this.queue.update(id, patch);
    const after = this.queue.get(id);
    if (after && this.#spoken(after) !== before) this.#announce(after);
    return done;
  }

  /** Dismisses one toast (reason `api`); false when no toast has that id. */
  dismiss(id: string): boolean {
    return this.queue.dismiss(id);
  }

  /** Dismisses every toast, visible and waiting (reason `api`); returns how many. */
  dismissAll(): number {
    return this.queue.dismissAll();
  }

  // Templates are kept compact: Lit ships their whitespace as written.
  protected override render(): TemplateResult {
    const text = this.#text;
    const queue = this.queue;
    const waiting = queue.waitingCount;
    const position = /^(top|bottom)-(left|center|right)$/.test(this.position) ? this.position : 'bottom-right';
    const theme = /^(light|dark)$/.test(this.theme) ? this.theme : 'auto';
    return html`<section part="stack" class="stack ${position} ${theme}" dir=${this.#i18n.dirAttribute} lang=${this.#i18n.lang} aria-label=${text.region}
popover=${TopLayerController.supported ? 'manual' : nothing}
@pointerenter=${() => queue.pause('hover')} @pointerleave=${() => queue.resume('hover')}
@focusin=${() => queue.pause('focus')} @focusout=${this.#onFocusOut} @keydown=${this.#onKeyDown}>
<ol @click=${this.#onClick}>${repeat(queue.toasts, (toast) => toast.id, (toast) => renderToast(toast, text))}</ol>
${waiting ? overflow(text.more(waiting)) : nothing}</section>`;
  }

  protected override updated(): void {
    // A focused toast removed from the page fires no focusout.
    if (!this.#stack?.matches(':focus-within')) this.queue.resume('focus');
  }

  /** Merged once per `strings` object and language, not per toast: a burst asks for it thousands of times. */
  get #text(): ToastStrings {
    const translated = this.#i18n.t.toast;
    if (this.#textFor?.[0] !== this.strings || this.#textFor[1] !== translated) {
      this.#textFor = [this.strings, translated];
      this.#mergedText = { ...translated, ...this.strings };
    }
    return this.#mergedText;
  }

  /** The words a screen reader hears for a toast; a change of them is worth announcing. */
  #spoken(toast: Toast | undefined): string | undefined {
    return toast && `${this.#text.severity[toast.severity]}: ${toast.title ? `${toast.title}. ` : ''}${toast.message}`;
  }

  #announce(toast: Toast): void {
    this.#announcer.announce(route(toast), this.#spoken(toast)!, toast.title);
  }

  /** The toast an event happened in (clicks and keys are handled once, on the whole stack). */
  #toastOf(event: Event): Toast | undefined {
    return this.queue.get((event.target as Element).closest('li')?.dataset.id as string);
  }

  // Template listeners are methods: Lit calls them with `this` set to the host.
  #onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    const toast = button && this.#toastOf(event);
    if (!toast) return;
    // Dismiss first, so an action may show a new toast with the same id.
    this.queue.dismiss(toast.id, 'user');
    if (button.part.contains('close-button')) return;
    try {
      toast.action?.onClick?.(toast);
    } finally {
      emit(this, 'streamspace-toast-action', { id: toast.id, toast });
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const toast = event.key === 'Escape' && this.#toastOf(event);
    if (!toast) return;
    // Handled: keep it from also closing a dialog the stack is a guest in.
    event.preventDefault();
    event.stopPropagation();
    const stack = this.#stack!;
    const index = this.queue.toasts.indexOf(toast);
    this.queue.dismiss(toast.id, 'user');
    // The user was working in the stack: keep focus there rather than drop it to <body>.
    void this.updateComplete.then(() => {
      const buttons = stack.querySelectorAll<HTMLElement>('.close');
      buttons[Math.min(index, buttons.length - 1)]?.focus();
    });
  }

  #onFocusOut(event: FocusEvent): void {
    if (!this.#stack?.contains(event.relatedTarget as Node | null)) this.queue.resume('focus');
  }
}

/** "+N more": what waits can be read in the page's notification center, if it has one. */
function overflow(more: string): TemplateResult {
  const center = document.querySelector('streamspace-notification-center');
  return center
    ? html`<button part="overflow" class="overflow" @click=${() => center.show()}>${more}</button>`
    : html`<p part="overflow" class="overflow">${more}</p>`;
}

// Buttons need no type="button": no form reaches into the shadow root, so they never submit.
function renderToast({ id, severity, title, message, count, action }: Toast, text: ToastStrings) {
  const badge =
    count > 1
      ? html`<span part="count" class="count"><span aria-hidden="true">×${count}</span><span
class="visually-hidden">${text.count(count)}</span></span>`
      : nothing;
  return html`<li part="toast toast-${severity}" class="toast ${severity}" data-id=${id}>
<span part="icon" class="icon" aria-hidden="true">${severityIcons[severity]}</span>
<div class="body"><span class="visually-hidden">${text.severity[severity]}:</span>
${title || count > 1 ? html`<p part="title" class="title" dir="auto">${title}${badge}</p>` : nothing}
<p part="message" class="message" dir="auto">${message}</p></div>
<div class="buttons">${action ? html`<button part="action-button" class="action">${action.label}</button>` : nothing}<button
part="close-button" class="close" aria-label=${text.dismiss(title || message)}>${closeIcon}</button></div></li>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'streamspace-toast-stack': StreamSpaceToastStack;
  }
}

