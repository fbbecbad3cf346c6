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
import { ToastFocusController, deepActiveElement } from './toast-focus-controller.js';
import { ToastTimerController } from './toast-timer-controller.js';
import { TopLayerController } from './top-layer-controller.js';

export type { ToastActionDetail, ToastDismissDetail, ToastShowDetail } from './toast-events.js';

export type ToastTheme = 'light' | 'dark' | 'auto';

const route = (toast: Toast): LiveRoute =>
  toast.severity === 'error' || toast.priority === 'critical' || toast.priority === 'high' ? 'assertive' : 'polite';


/**
 * Accessible, flood-proof toast notifications. Renders a `ToastQueue`; use it alone through
 * its methods, or inside `<streamspace-enterprise-ws>`.
 *
 * @attr position - `top-left`, `top-center`, `top-right`, `bottom-left`, `bottom-center`, `bottom-right` (default)
 * @attr max-visible - message toasts shown at once (default 3; 2 below 500 px of height, 1 below 400 px); the rest are one exact "+N more"
 * @attr hotkey - moves focus to the newest toast (default `alt+t`; `off` turns it off); Escape then returns focus
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
 * @csspart overflow - the "+N more" button: opens the notification center when the page has one, else dismisses every message toast
 * @csspart notice - a notice a person must act on (sign in again, gave up + Retry); also a `toast`
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

  /**
   * A notification center's panel is open and shows the messages: message toasts are hidden
   * (kept, their countdowns waiting) until it closes; notices stay. Set by the connection element.
   */
  @property({ attribute: false }) panelOpen = false;

  /** Moves focus to the newest toast (`alt+t`, `ctrl+shift+k`...); `off` turns it off. */
  @property() hotkey = 'alt+t';

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
  /** A burst: "300 new notifications, 150 of them alerts" (or "300 new alerts: <title>"). */
  #announcer = new ToastAnnouncer(this, (count, alerts, title) => {
    const text = this.#text;
    return alerts === 0 || alerts === count ? text.burst(count, alerts === count, title) : text.burst(count, false) + text.alertsAmong(alerts);
  });
  /** The top-layer container; it visits open modals, so it is not always in `renderRoot`. */
  #stack: HTMLElement | undefined;
  /** What a `show({id})` replaces said, to announce it again only if its text changed. */
  #replaced: string | undefined;
  #focus = new ToastFocusController(this, () => this.#stack, () => this.hotkey);
  /** `max-visible` as set; the queue's may be lower on short viewports. */
  #maxVisible = this.queue.maxVisible;

  constructor() {
    super();
    new ToastTimerController(this, this.queue);
    new TopLayerController(
      this,
      () => (this.#stack ??= this.renderRoot.querySelector('section') ?? undefined),
      Object.values(this.#announcer.regions),
    );
  }

  /** Message toasts shown at once (fewer on short viewports); the rest are "+N more". */
  @property({ type: Number, attribute: 'max-visible' })
  get maxVisible(): number {
    return this.#maxVisible;
  }
  set maxVisible(value: number) {
    this.queue.maxVisible = value;
    this.#maxVisible = this.queue.maxVisible;
    this.#fit();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('resize', this.#fit);
    this.#fit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('resize', this.#fit);
  }

  /** Fewer toasts on short viewports (WCAG 1.4.10 reflow, 320 × 256), so they stay on screen and leave most of it free. */
  #fit = (): void => {
    this.queue.maxVisible = Math.min(this.#maxVisible, innerHeight < 400 ? 1 : innerHeight < 500 ? 2 : 99);
  };

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

  /** Counts `count` message toasts that were never shown (a flood's oldest) in "+N more". */
  addHidden(count: number): void {
    this.queue.addHidden(count);
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
@focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut} @keydown=${this.#onKeyDown}>
<ol @click=${this.#onClick}>${repeat(queue.toasts, (toast) => toast.id, (toast) => renderToast(toast, text, this.panelOpen))}</ol>
${waiting ? html`<button part="overflow" class="overflow" dir="auto" ?hidden=${this.panelOpen} @click=${this.#onMore}>${text.more(waiting)}</button>` : nothing}</section>`;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('panelOpen')) this.panelOpen ? this.queue.pause('panel') : this.queue.resume('panel');
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
    if (toast.announce === false) return;
    // A status pill already speaks the connection's state: one voice for it.
    if (toast.notice && document.querySelector('streamspace-connection-status')) return;
    this.#announcer.announce(route(toast), this.#spoken(toast)!, toast.title, isAlert(toast));
  }

  /** "+N more": the page's notification center holds them all; without one, they all go. */
  #onMore(): void {
    const center = document.querySelector('streamspace-notification-center');
    if (center) return center.show();
    const focused = this.#stack?.matches(':focus-within');
    this.queue.dismissAll('user', true);
    if (focused) this.#focus.afterDismiss(0, '.close');
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
    const index = this.queue.toasts.indexOf(toast);
    const focused = deepActiveElement() === button;
    // Dismiss first, so an action may show a new toast with the same id.
    this.queue.dismiss(toast.id, 'user');
    // Enter or Space on a button that goes away: focus stays among the toasts, never <body>.
    if (focused) this.#focus.afterDismiss(index, button.part.contains('close-button') ? '.close' : 'button');
    if (button.part.contains('close-button')) return;
    try {
      toast.action?.onClick?.(toast);
    } finally {
      emit(this, 'streamspace-toast-action', { id: toast.id, toast });
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    const toast = this.#toastOf(event);
    const handled = this.#focus.escape();
    if (!toast && !handled) return;
    // Handled: keep it from also closing a dialog the stack is a guest in.
    event.preventDefault();
    event.stopPropagation();
    if (handled || !toast) return;
    const index = this.queue.toasts.indexOf(toast);
    this.queue.dismiss(toast.id, 'user');
    // The user was working in the stack: keep focus there rather than drop it to <body>.
    this.#focus.afterDismiss(index, '.close');
  }

  #onFocusIn(event: FocusEvent): void {
    this.queue.pause('focus');
    this.#focus.entered(event);
  }

  #onFocusOut(event: FocusEvent): void {
    if (!this.#stack?.contains(event.relatedTarget as Node | null)) this.queue.resume('focus');
  }
}

// Buttons need no type="button": no form reaches into the shadow root, so they never submit.
/** Alerts, in a burst's summary: what the notification center's Alerts filter shows. */
const isAlert = (toast: Toast): boolean => toast.severity === 'error' || toast.severity === 'warning';

function renderToast({ id, seq, severity, title, message, count, action, notice }: Toast, text: ToastStrings, panelOpen: boolean) {
  const badge =
    count > 1
      ? html`<span part="count" class="count"><span aria-hidden="true">×${count}</span><span
class="visually-hidden">${text.count(count)}</span></span>`
      : nothing;
  // Server text is bidi-isolated (dir="auto"): an English title reads right in an RTL page.
  return html`<li part="toast toast-${severity}${notice ? ' notice' : ''}" class="toast ${severity}${notice ? ' notice' : ''}" data-id=${id} data-seq=${seq} tabindex="-1" ?hidden=${panelOpen && !notice}>
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

