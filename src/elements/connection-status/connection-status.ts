import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { StreamSpaceEnterpriseWs } from '../enterprise-ws/enterprise-ws.js';
import { ConnectionFinder } from '../../internal/connection-finder.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { ConnectionStatusStrings } from './connection-status-strings.js';
import { connectionStatusStyles } from './connection-status.styles.js';
import { CountdownController } from './countdown-controller.js';
import { statusView, VIEW_TEXT, type StatusView } from './status-view.js';

export type ConnectionStatusTheme = 'light' | 'dark' | 'auto';

/** The connection element's events that can change what the pill shows. */
const WATCHED_EVENTS = ['streamspace-state', 'streamspace-reconnecting', 'streamspace-auth-failed'] as const;

/**
 * A connection status pill for a header: a coloured dot and a short text ("Live",
 * "Connecting…", "Reconnecting in 12 s (attempt 3 of 10)" with a "Reconnect now" button,
 * "Signed out" (or "Account disabled"), "Disconnected" with a "Retry" button, "Offline"). A `role="status"` region
 * announces state changes; the countdown is re-rendered once a second outside it, never announced.
 *
 * @tag streamspace-connection-status
 * @summary The state of a `<streamspace-enterprise-ws>`, as a pill.
 *
 * @attr for - id of the `<streamspace-enterprise-ws>` to show; without it, the closest one around the pill, else the first in the document (one attached later is found too)
 * @attr compact - shows the dot alone; the text becomes its accessible name and tooltip
 * @attr theme - `light`, `dark` or `auto` (default, follows `prefers-color-scheme`)
 *
 * @csspart pill - the container; it also has the part `pill-live`, `pill-connecting`, `pill-reconnecting`, `pill-signed-out`, `pill-disconnected` or `pill-offline`
 * @csspart pill-live - the container while the socket is open
 * @csspart pill-connecting - the container while an attempt is under way
 * @csspart pill-reconnecting - the container while a retry is scheduled
 * @csspart pill-signed-out - the container while there is no usable token
 * @csspart pill-disconnected - the container after giving up
 * @csspart pill-offline - the container while closed or the browser is offline
 * @csspart dot - the coloured dot
 * @csspart label - the text (absent when `compact`)
 * @csspart action-button - the "Reconnect now" or "Retry" button
 *
 * @cssprop --streamspace-status-background - pill background
 * @cssprop --streamspace-status-color - text colour
 * @cssprop --streamspace-status-border-color - pill border
 * @cssprop --streamspace-status-live-color - dot while live
 * @cssprop --streamspace-status-connecting-color - dot while connecting or reconnecting
 * @cssprop --streamspace-status-error-color - dot when disconnected
 * @cssprop --streamspace-status-offline-color - dot when offline or signed out
 * @cssprop --streamspace-status-focus-color - focus ring of the button (default: the text colour)
 * @cssprop --streamspace-status-radius - corner radius (default 1rem)
 * @cssprop --streamspace-status-font - font family (default system-ui)
 * @cssprop --streamspace-status-dot-size - dot diameter (default 0.5rem)
 * @cssprop --streamspace-status-animation-duration - one beat of the dot's pulse while connecting (default 1.2s; none with reduced motion)
 */
export class StreamSpaceConnectionStatus extends LitElement {
  static override styles = connectionStatusStyles;

  /** id of the connection element to show (the `for` attribute, named as `<label>`'s is). */
  @property({ attribute: 'for' }) htmlFor: string | null = null;

  @property({ type: Boolean }) compact = false;

  @property() theme: ConnectionStatusTheme = 'auto';

  /** Replaces any of the rendered or announced strings of the element's language (see docs/localization.md). */
  @property({ attribute: false }) strings: Partial<ConnectionStatusStrings> = {};

  readonly #i18n = new LocalizeController(this);

  readonly #finder = new ConnectionFinder<StreamSpaceEnterpriseWs>(this, {
    tag: 'streamspace-enterprise-ws',
    id: () => this.htmlFor,
    events: WATCHED_EVENTS,
    onChange: (event) => {
      // Why it is signed out, kept while it stays so: a disabled account is not the user's to fix.
      const detail = (event as CustomEvent | undefined)?.detail;
      if (event?.type === 'streamspace-auth-failed') this.#forbidden = detail?.reason === 'forbidden';
      else if (detail?.state !== 'unauthenticated') this.#forbidden = false;
      this.requestUpdate();
    },
  });
  readonly #countdown = new CountdownController(this);
  #online = true;
  #pageListeners: AbortController | undefined;
  #view: StatusView = 'connecting';
  /** The last `streamspace-auth-failed` said the account is disabled. */
  #forbidden = false;
  /** The action button had focus before this render (it may be gone after it). */
  #buttonFocused = false;

  /** The `<streamspace-enterprise-ws>` shown, once found. */
  get connectionElement(): StreamSpaceEnterpriseWs | null {
    return this.#finder.element;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#online = navigator.onLine !== false;
    this.#pageListeners = new AbortController();
    const onNetwork = () => {
      this.#online = navigator.onLine !== false;
      this.requestUpdate();
    };
    for (const type of ['online', 'offline']) window.addEventListener(type, onNetwork, { signal: this.#pageListeners.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pageListeners?.abort();
    this.#pageListeners = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.#finder.find();
    const target = this.#finder.element;
    this.#view = statusView(target?.state ?? 'idle', this.#online);
    this.#countdown.track(this.#view === 'reconnecting' ? (target?.nextReconnectAt ?? null) : null);
    this.#buttonFocused = this.renderRoot.querySelector('button')?.matches(':focus') ?? false;
  }

  // Templates are kept compact: Lit ships their whitespace as written.
  protected override render(): TemplateResult {
    const text = { ...this.#i18n.t.status, ...this.strings };
    const view = this.#view;
    const target = this.#finder.element;
    const attempts = target?.reconnectAttempts ?? 0;
    const label =
      view === 'reconnecting'
        ? text.reconnecting(this.#countdown.seconds, attempts, target?.connection.options.maxReconnectAttempts ?? Infinity)
        : view === 'signed-out' && this.#forbidden
          ? text.accountDisabled
          : text[VIEW_TEXT[view]];
    // An attempt of a retry cycle is still "reconnecting" to the listener: one announcement per cycle.
    const announced = view === 'reconnecting' || (view === 'connecting' && attempts > 0) ? text.reconnectingStatus : label;
    const action = this.compact ? null : view === 'reconnecting' ? text.reconnectNow : view === 'disconnected' ? text.retry : null;
    const theme = /^(light|dark)$/.test(this.theme) ? this.theme : 'auto';
    return html`<span part="pill pill-${view}" class="pill ${view} ${theme}${this.compact ? ' compact' : ''}" dir=${this.#i18n.dirAttribute} lang=${this.#i18n.lang} tabindex="-1">${this.compact
      ? html`<span part="dot" class="dot" role="img" aria-label=${label} title=${label}></span>`
      : html`<span part="dot" class="dot"></span><span part="label" class="label">${label}</span>`}${action
      ? html`<button part="action-button" @click=${this.#act}>${action}</button>`
      : nothing}<span role="status" class="visually-hidden">${text.status(announced)}</span></span>`;
  }

  protected override updated(): void {
    // The focused button went away with its state: keep focus in the pill rather than drop it to <body>.
    if (this.#buttonFocused && !this.renderRoot.querySelector('button')) this.renderRoot.querySelector<HTMLElement>('.pill')?.focus();
  }

  #act(): void {
    this.#finder.element?.reconnect();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'streamspace-connection-status': StreamSpaceConnectionStatus;
  }
}
