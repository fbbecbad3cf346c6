import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { NotificationHistory } from '../../history/notification-history.js';
import type { HistoryEntry, HistoryFilter } from '../../history/types.js';
import { ConnectionFinder } from '../../internal/connection-finder.js';
import { emit } from '../../internal/emit.js';
import type { StreamSpaceEnterpriseWs } from '../enterprise-ws/enterprise-ws.js';
import { icon } from '../toast-stack/toast-icons.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { formatDateTime, relativeTime } from '../../i18n/intl.js';
import type { NotificationCenterStrings } from './notification-center-strings.js';
import { notificationCenterStyles } from './notification-center.styles.js';
import { isGap, renderGap, withGaps } from './gap-divider.js';
import { PanelFocus } from './panel-focus.js';
import { PendingClear } from './pending-clear.js';
import { renderEntry } from './panel-parts.js';
import { RovingList } from './roving-list.js';
import { anchorPanel } from './panel-anchor.js';

export type NotificationCenterPlacement = 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end';
export type NotificationCenterTheme = 'light' | 'dark' | 'auto';

export interface NotificationClickDetail {
  entry: HistoryEntry;
}
export interface UnreadChangeDetail {
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'streamspace-notification-click': CustomEvent<NotificationClickDetail>;
    'streamspace-unread-change': CustomEvent<UnreadChangeDetail>;
  }
}

/** Entries in the DOM at most; "Show more" adds as many again. */
const PAGE = 50;
/** Entries rendered per frame while the list fills up, so no frame renders fifty at once. */
const CHUNK = 10;
/** How often relative times are worded again while the panel is open (ms). */
const TICK_MS = 30_000;
const FILTERS: readonly HistoryFilter[] = ['all', 'unread', 'alerts'];
const bellIcon = icon('M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0');

/**
 * A bell with an unread badge that opens a panel listing what the toasts showed, newest
 * first, kept across reloads (the connection element's `history`). Place it anywhere: it
 * uses the `<streamspace-enterprise-ws>` its `for` names, else the closest one around it,
 * else the first in the document (one attached later is found too).
 *
 * @tag streamspace-notification-center
 * @summary Notification history: a bell, an unread badge and a panel of past notifications.
 *
 * @attr for - id of the `<streamspace-enterprise-ws>` whose history to show
 * @attr placement - where the panel opens: `bottom-end` (default), `bottom-start`, `top-end`, `top-start`; it stays inside the viewport
 * @attr theme - `light`, `dark` or `auto` (default, follows `prefers-color-scheme`)
 *
 * @fires streamspace-notification-click - `{entry}`: an entry was activated (it is marked read). Cancelable: unless cancelled, the panel closes
 * @fires streamspace-unread-change - `{count}`: the number of unread entries changed
 *
 * @csspart bell - the bell button
 * @csspart badge - the unread count on the bell ("99+" above 99)
 * @csspart panel - the popover panel (a non-modal dialog)
 * @csspart heading - the panel's heading
 * @csspart action - "Mark all read", "Clear all" and "Enable desktop alerts"
 * @csspart filters - the group of filter buttons
 * @csspart filter - each filter button (`aria-pressed` marks the current one)
 * @csspart new - the "N new" button over a scrolled list
 * @csspart list - the list of entries
 * @csspart entry - each entry; also `entry-info`, `entry-success`, `entry-warning`, `entry-error`, and `entry-unread` while unread
 * @csspart entry-info - an entry of severity info
 * @csspart entry-success - an entry of severity success
 * @csspart entry-warning - an entry of severity warning
 * @csspart entry-error - an entry of severity error
 * @csspart entry-unread - an unread entry
 * @csspart entry-button - an entry's main button (activating it marks the entry read)
 * @csspart icon - an entry's severity icon
 * @csspart title - an entry's title
 * @csspart message - an entry's message
 * @csspart time - an entry's relative time
 * @csspart delete-button - an entry's delete button
 * @csspart show-more - the "Show more" button
 * @csspart empty - the text shown when there is nothing to list
 * @csspart gap - a divider in the list where notifications may be missing (not connected, or the server was overloaded)
 * @csspart gap-filled - a gap a catch-up filled ("Caught up: …"); also `gap`
 *
 * @cssprop --streamspace-center-background - panel background
 * @cssprop --streamspace-center-color - text colour
 * @cssprop --streamspace-center-muted-color - messages, times and the delete icon
 * @cssprop --streamspace-center-border-color - panel border and separators
 * @cssprop --streamspace-center-accent-color - unread marker, text buttons and the focus ring
 * @cssprop --streamspace-center-radius - panel corner radius (default 0.5rem)
 * @cssprop --streamspace-center-shadow - panel shadow
 * @cssprop --streamspace-center-font - font family (default system-ui)
 * @cssprop --streamspace-center-width - panel width (default 24rem, capped by the viewport)
 * @cssprop --streamspace-center-animation-duration - opening fade (default 150ms; none with reduced motion)
 * @cssprop --streamspace-toast-info-color - info icon (shared with the toast stack)
 * @cssprop --streamspace-toast-success-color - success icon (shared with the toast stack)
 * @cssprop --streamspace-toast-warning-color - warning icon (shared with the toast stack)
 * @cssprop --streamspace-toast-error-color - error icon (shared with the toast stack)
 */
export class StreamSpaceNotificationCenter extends LitElement {
  static override styles = notificationCenterStyles;

  /** Id of the connection element whose history to show. */
  @property({ attribute: 'for' }) htmlFor: string | null = null;

  @property() placement: NotificationCenterPlacement = 'bottom-end';

  @property() theme: NotificationCenterTheme = 'auto';

  /** Replaces any of the rendered strings of the element's language (see docs/localization.md). */
  @property({ attribute: false }) strings: Partial<NotificationCenterStrings> = {};

  #i18n = new LocalizeController(this);

  #finder = new ConnectionFinder<StreamSpaceEnterpriseWs>(this, {
    tag: 'streamspace-enterprise-ws',
    id: () => this.htmlFor,
    events: ['streamspace-close'],
    onChange: () => this.#bind(),
  });
  #history: NotificationHistory | null = null;
  #unsubscribe: (() => void) | undefined;
  #unread = 0;
  #open = false;
  #filter: HistoryFilter = 'all';
  #limit = PAGE;
  /** How many of `#limit` are rendered yet; grows by `CHUNK` a frame. */
  #rendered = CHUNK;
  #growing = 0;
  /** The history's version at the last change heard of. */
  #seen = 0;
  /** While the list is scrolled: the newest time the reader had in view; newer entries wait behind "N new". */
  #pinned: number | null = null;
  /** An entry to scroll to and focus once rendered. */
  #reveal: string | null = null;
  /** What opened the panel (the bell, "+N more"...): Escape returns focus there. */
  #focus = new PanelFocus(this, () => this.renderRoot);
  /** "Clear all", undoable: what it cleared leaves the history when the time is up. */
  #clearing = new PendingClear((ids) => ids.size === this.#history?.size ? this.#history.clear() : ids.forEach((id) => this.#history?.delete(id)), () => this.requestUpdate());
  /** The list is one Tab stop (roving tabindex). */
  #list = new RovingList(this, () => [...(this.#panel?.querySelectorAll<HTMLElement>('.entry') ?? [])], (id) => this.#history?.delete(id), () => this.#panel);
  #timer: ReturnType<typeof setInterval> | undefined;

  /** The `<streamspace-enterprise-ws>` whose history this shows, once found. */
  get connectionElement(): StreamSpaceEnterpriseWs | null {
    return this.#finder.element;
  }

  get unreadCount(): number {
    return this.#history?.unreadCount ?? 0;
  }

  /** Every entry, newest first. */
  get entries(): readonly HistoryEntry[] {
    return this.#history?.entries ?? [];
  }

  /** Opens the panel; with an entry id, scrolls to that entry and focuses it. */
  show(id?: string): void {
    if (!this.#open) this.#focus.remember();
    if (id) {
      this.#reveal = id;
      this.#filter = 'all';
      this.#pinned = null;
    }
    void this.updateComplete.then(() => {
      if (!this.#open && this.isConnected) this.#panel?.showPopover();
      else this.#afterOpen();
    });
  }

  hide(): void {
    if (this.#open) this.#panel?.hidePopover();
  }

  toggle(): void {
    if (this.#open) this.hide();
    else this.show();
  }

  /** Marks every entry read, in every tab. */
  markAllRead(): void {
    this.#history?.markAllRead();
  }

  /** Deletes every entry, in every tab. */
  clear(): void {
    this.#history?.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#clearing.commit();
    this.#bind();
    this.#tick(false);
  }

  protected override render(): TemplateResult {
    // Merged per render (a few a second at most, unlike the toast stack's per toast).
    const text = { ...this.#i18n.t.center, ...this.strings };
    const dir = this.#i18n.dirAttribute;
    const unread = this.unreadCount;
    const theme = /^(light|dark)$/.test(this.theme) ? this.theme : '';
    const placement = /^(top|bottom)-(start|end)$/.test(this.placement) ? this.placement : '';
    return html`<button part="bell" class="bell ${theme}" dir=${dir} popovertarget="panel" aria-expanded=${this.#open}
aria-label=${text.bell(unread)}>${bellIcon}${unread
      ? html`<span part="badge" class="badge" aria-hidden="true">${unread > 99 ? '99+' : unread}</span>`
      : nothing}</button><div part="panel" id="panel" class="panel ${placement} ${theme}" dir=${dir} lang=${this.#i18n.lang} popover="auto" role="dialog"
aria-labelledby="heading" tabindex="-1" @beforetoggle=${this.#onBeforeToggle} @toggle=${this.#onToggle}
@click=${this.#onClick} @focusout=${this.#onFocusOut}>${this.#open ? this.#renderPanel(text) : nothing}</div>`;
  }

  #renderPanel(text: NotificationCenterStrings): TemplateResult {
    const history = this.#history;
    const cleared = this.#clearing.ids;
    const all = (history?.filter(this.#filter) ?? []).filter((entry) => !cleared?.has(entry.id));
    // While pinned, entries newer than what the reader had in view wait behind "N new".
    let start = 0;
    if (this.#pinned !== null) while (start < all.length && all[start]!.timestamp > this.#pinned) start++;
    const shown = all.slice(start, start + Math.min(this.#limit, this.#rendered));
    const complete = start + shown.length >= all.length;
    const items = withGaps(shown, history?.gaps ?? [], complete, this.#pinned ?? Infinity);
    const now = Date.now();
    const lang = this.#i18n.lang;
    const element = this.#finder.element;
    const offerDesktop = element && element.desktopNotifications !== 'off' && globalThis.Notification?.permission === 'default';
    // No <header>: inside a dialog it would be a second banner landmark. aria-disabled, not
    // disabled: a button that disables itself under focus would drop focus to <body>.
    const current = this.#list.stop(shown.map((entry) => entry.id));
    return html`<div class="head"><h2 id="heading" part="heading">${text.heading}</h2><button part="action" class="link" data-do="read"
aria-disabled=${!this.unreadCount}>${text.markAllRead}</button><button part="action" class="link" data-do=${cleared ? 'undo' : 'clear'}
aria-disabled=${!cleared && !history?.size}>${cleared ? text.undoClear : text.clearAll}</button>${offerDesktop
      ? html`<button part="action" class="link" data-do="desktop">${text.enableDesktop}</button>`
      : nothing}</div><div part="filters" class="filters" role="group" aria-label=${text.filter}>${FILTERS.map(
      (filter) => html`<button part="filter" data-filter=${filter} aria-pressed=${filter === this.#filter}>${text[filter]}</button>`,
    )}</div>${start ? html`<button part="new" class="new link" data-do="top">${text.newEntries(start)}</button>` : nothing}${items.length
      ? html`<ol part="list" @scroll=${this.#onScroll} @keydown=${this.#list.onKey} @focusin=${this.#list.onFocus}>${repeat(
          items,
          (item) => (isGap(item) ? `gap ${item.id}` : item.id),
          (item) =>
            isGap(item)
              ? renderGap(item, text, now, lang)
              : renderEntry(item, text, relativeTime(item.timestamp, now, lang), formatDateTime(lang, item.timestamp), item.id === current),
        )}</ol>`
      : html`<p part="empty" class="empty">${text.empty}</p>`}${all.length > start + this.#limit
      ? html`<button part="show-more" class="more link" data-do="more">${text.showMore}</button>`
      : nothing}`;
  }

  protected override updated(): void {
    if (this.#open && this.#rendered < this.#limit && !this.#growing) {
      this.#growing = requestAnimationFrame(() => {
        this.#growing = 0;
        this.#rendered += CHUNK;
        this.requestUpdate();
      });
    }
  }

  get #panel(): HTMLElement | null {
    return this.renderRoot.querySelector('.panel');
  }

  /** Follows the history of the connection element found (none while detached). */
  #bind(): void {
    const history = (this.isConnected && this.#finder.element?.history) || null;
    if (history !== this.#history) {
      if (this.#history) this.#history.panelOpen = false;
      if (history) history.panelOpen = this.#open && this.isConnected;
      this.#unsubscribe?.();
      this.#history = history;
      this.#unsubscribe = history?.subscribe(this.#onHistory);
      this.#onHistory();
    }
    this.requestUpdate();
  }

  #onHistory = (): void => {
    const count = this.unreadCount;
    if (count !== this.#unread) {
      this.#unread = count;
      emit(this, 'streamspace-unread-change', { count });
    }
    // Many changes at once (a burst): the list is rebuilt a few entries a frame, as on opening.
    const version = this.#history?.version ?? 0;
    if (version - this.#seen > CHUNK) this.#rendered = CHUNK;
    this.#seen = version;
    this.requestUpdate();
  };

  // Template listeners are methods: Lit calls them with `this` set to the host.
  #onBeforeToggle(event: ToggleEvent): void {
    this.#open = event.newState === 'open';
    // The toasts give way to the open panel (and come back when it closes).
    if (this.#history) this.#history.panelOpen = this.#open;
    if (this.#open) {
      this.#limit = PAGE;
      this.#rendered = CHUNK;
      if (!this.#reveal) this.#pinned = null;
      this.#tick(true);
    } else {
      this.#tick(false);
      this.#clearing.commit();
    }
    this.requestUpdate();
  }

  #onToggle(event: ToggleEvent): void {
    // Opened: after the browser's own focus handling (a click focuses the bell first).
    if (event.newState === 'open') return void this.updateComplete.then(() => this.#afterOpen());
    // Closed by Escape, a click outside or `hide()`: focus returns to what opened it.
    this.#focus.restore(this.renderRoot.querySelector<HTMLElement>('.bell'));
  }

  /** Focus left the panel (Tab past either end, a click elsewhere): the panel closes. */
  #onFocusOut = (event: FocusEvent): void => {
    if (this.#open && this.#focus.left(event, this.#panel, this.renderRoot.querySelector('.bell'))) this.hide();
  };

  /** Places the panel (where CSS cannot) and moves focus into it, or to the entry asked for. */
  async #afterOpen(): Promise<void> {
    const panel = this.#panel;
    if (!panel || !this.#open) return;
    anchorPanel(this, panel, this.renderRoot.querySelector('.bell')!, this.placement);
    const id = this.#reveal;
    this.#reveal = null;
    if (id) {
      const index = this.#history?.filter('all').findIndex((entry) => entry.id === id) ?? -1;
      if (index >= this.#limit) this.#limit = (Math.floor(index / PAGE) + 1) * PAGE;
      this.#rendered = this.#limit;
      this.requestUpdate();
      await this.updateComplete;
    }
    const target = id ? panel.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] .entry`) : null;
    // preventScroll: the panel is fixed; focusing must never scroll the page under it.
    (target ?? panel).focus({ preventScroll: true });
    if (target) this.#list.current = id;
    target?.scrollIntoView({ block: 'nearest' });
  }

  /** One timer, only while open, so relative times stay true. */
  #tick(on: boolean): void {
    clearInterval(this.#timer);
    this.#timer = on ? setInterval(() => this.requestUpdate(), TICK_MS) : undefined;
  }

  #onScroll(event: Event): void {
    const scrolled = (event.target as Element).scrollTop > 0;
    if (scrolled === (this.#pinned !== null)) return;
    this.#pinned = scrolled ? (this.#history?.filter(this.#filter)[0]?.timestamp ?? 0) : null;
    if (!scrolled) this.requestUpdate();
  }

  #onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    // First, so `updateComplete` below waits for the render this click causes.
    this.requestUpdate();
    const { do: action, filter } = button.dataset;
    const id = button.closest('li')?.dataset.id;
    const history = this.#history;
    if (filter) {
      this.#filter = filter as HistoryFilter;
      this.#limit = PAGE;
      this.#rendered = CHUNK;
      this.#pinned = null;
    } else if (action === 'read') history?.markAllRead();
    // "Undo" takes the button's place (focus stays on it) for a few seconds; then every tab forgets.
    else if (action === 'clear' && history?.size) this.#clearing.start(history.entries.map((entry) => entry.id));
    else if (action === 'undo') this.#clearing.undo();
    else if (action === 'more') this.#limit += PAGE;
    else if (action === 'desktop') void this.#finder.element?.requestDesktopPermission().then(() => this.requestUpdate());
    else if (action === 'top') {
      this.#pinned = null;
      this.renderRoot.querySelector('ol')?.scrollTo(0, 0);
    } else if (action === 'open' && id) this.#activate(id);
    else if (action === 'delete' && id) {
      const index = [...this.#panel!.querySelectorAll<HTMLElement>('.close')].indexOf(button);
      // The user was working in the list: keep focus there rather than drop it to <body>.
      this.#list.delete(id, index);
    }
  }

  #activate(id: string): void {
    const history = this.#history!;
    history.markRead(id);
    const entry = history.get(id);
    if (entry && emit(this, 'streamspace-notification-click', { entry }, { cancelable: true })) this.hide();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'streamspace-notification-center': StreamSpaceNotificationCenter;
  }
}
