import type { ReactiveControllerHost } from 'lit';
import type { StreamSpaceConnection } from '../../connection/connection.js';
import { HistoryBinding } from '../../history/history-binding.js';
import { recordOf } from '../../history/history-record.js';
import type { NotificationHistory } from '../../history/notification-history.js';
import type { HistoryEntry } from '../../history/types.js';
import type { StreamSpaceMessage } from '../../protocol/messages.js';
import { CATCH_UP_TOAST_ID, type MessageFormatter, ToastFeed, type ToastSink } from '../../toast/toast-feed.js';
import type { ToastOptions } from '../../toast/types.js';
import { DesktopNotifier } from './desktop-notifier.js';
import type { Locale } from '../../i18n/types.js';

/** Entry-to-toast links kept at most (the stack holds about a hundred toasts). */
const MAX_LINKS = 600;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Where the connection's messages go once formatted (one formatter, one `ToastFeed`):
 * - toasts, while notifications are on: a child `<streamspace-toast-stack>` when the page
 *   placed one, else the one the host renders;
 * - the notification history, once something uses it (a notification center);
 * - desktop notifications, when turned on.
 * The feed exists only while one of them wants messages. It only reacts to what the host
 * already dispatched, so it can never delay or drop an event.
 *
 * With a history, toasts are a passing view of it: an entry read, deleted or cleared (in
 * any tab) takes its toast and desktop notification away; while a center's panel is open
 * it replaces the message toasts (notices stay). Dismissing a toast leaves its entry unread.
 */

export class NotificationBridge {
  readonly history: HistoryBinding;
  readonly desktop: DesktopNotifier;
  readonly #host: Host;
  readonly #connection: StreamSpaceConnection;
  readonly #locale: () => Locale;
  #feed: ToastFeed | null = null;
  #toasts = false;
  #childStack: ToastSink | null = null;
  /** Entry id → id of the toast it was shown as. */
  #toastOf = new Map<string, string>();
  #unwatch: (() => void) | undefined;

  readonly #openHistory: (entry?: HistoryEntry) => void;

  /**
   * `openHistory`: opens the page's notification center (at an entry: a desktop notification's).
   * `locale`: the language of toasts and desktop notifications, asked at each one.
   */
  constructor(host: Host, connection: StreamSpaceConnection, openHistory: (entry?: HistoryEntry) => void, locale: () => Locale) {
    this.#host = host;
    this.#connection = connection;
    this.#locale = locale;
    this.#openHistory = openHistory;
    this.history = new HistoryBinding(connection);
    this.desktop = new DesktopNotifier((entry) => openHistory(entry.id === CATCH_UP_TOAST_ID ? undefined : entry), locale);
    // What a catch-up brought: at most one desktop notification, like its one toast.
    connection.addEventListener('streamspace-catch-up', ({ detail }) => {
      if (!detail.count || !connection.presenting) return;
      const message = locale().t.notices.caughtUp(detail.count);
      this.desktop.offer({ id: CATCH_UP_TOAST_ID, type: '', title: '', message, severity: 'info', priority: 'medium', timestamp: +detail.to, read: false });
    });
  }

  /** The host renders its own stack only when notifications are on and it has no child stack. */
  get needsOwnStack(): boolean {
    return this.#toasts && !this.#childStack;
  }

  /** The stack toasts go to now, if any. */
  get stack(): ToastSink | null {
    return this.#childStack ?? (this.#host.renderRoot?.querySelector('streamspace-toast-stack') as ToastSink | null) ?? null;
  }

  /** Turns toasts on or off, sets the page's formatter, and (re)starts the feed for whoever needs it. */
  configure(toasts: boolean, formatter: MessageFormatter | null): void {
    const keep = this.history.active || this.desktop.mode !== 'off';
    const wanted = toasts || keep;
    if (toasts && !this.#toasts) this.findStack();
    this.#toasts = toasts;
    if (wanted !== !!this.#feed) {
      this.#feed?.disconnect();
      this.#feed = wanted ? new ToastFeed(this.#connection, null, { locale: this.#locale }) : null;
    }
    const feed = this.#feed;
    if (!feed) return;
    feed.openHistory = () => this.#openHistory();
    feed.formatter = formatter;
    feed.sink = toasts ? this.#sink : null;
    feed.listener = keep ? this.#keep : null;
    if (keep) this.#watch();
  }

  /** Looks for a child stack again (children can change at any time). */
  findStack(): void {
    const child = this.#host.querySelector('streamspace-toast-stack') as ToastSink | null;
    if (child === this.#childStack) return;
    this.#childStack = child;
    this.#host.requestUpdate();
  }

  /** The element left the page for good: what arrived is kept (history), but shown on no removed stack. */
  close(): void {
    if (this.#feed) {
      // A toast shown now would start timers in a stack that is gone, keeping it alive.
      this.#feed.sink = null;
      this.#feed.flush();
    }
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.history.close();
    this.desktop.close();
  }

  /** Whether a center's panel shows the entries now (then message toasts give way). */
  get #panelOpen(): boolean {
    return this.history.active && this.history.history.panelOpen;
  }

  /** Remembers which toast shows an entry, and follows the history from the first one. */
  #link(entryId: string, toastId: string): void {
    const links = this.#toastOf;
    links.delete(entryId);
    links.set(entryId, toastId);
    if (links.size > MAX_LINKS) links.delete(links.keys().next().value!);
    this.#watch();
  }

  /** Follows the history (once something keeps one): reads, deletes and the panel's state. */
  #watch(): void {
    if (this.history.active) this.#unwatch ??= this.history.history.subscribe(this.#onHistory);
  }

  /** Read, deleted or cleared (here or in another tab): the toast goes. The open panel hides the rest. */
  readonly #onHistory = (history: NotificationHistory): void => {
    const stack = this.stack as (ToastSink & { panelOpen?: boolean }) | null;
    if (stack && 'panelOpen' in stack) stack.panelOpen = history.panelOpen;
    const done = (id: string) => {
      const entry = history.get(id);
      return !entry || entry.read;
    };
    for (const [entryId, toastId] of this.#toastOf) {
      if (!done(entryId)) continue;
      this.#toastOf.delete(entryId);
      stack?.dismiss(toastId);
    }
    this.desktop.closeWhere(done);
  };

  readonly #keep = (message: StreamSpaceMessage, toast: ToastOptions, toastId?: string): void => {
    // Every tab keeps the entry (one per message, however many tabs write it); the tab that
    // shows the toasts (`presenting`, with tab sharing) also shows the desktop notification.
    const entry = this.history.active ? this.history.history.add(message, toast) : recordOf(message, toast, Date.now());
    if (entry && toastId && this.history.active) this.#link(entry.id, toastId);
    if (entry && this.#connection.presenting && !message.replayed) this.desktop.offer(entry);
  };

  readonly #sink: ToastSink = {
    // The open panel shows new entries itself; notices (sign in again...) still show.
    show: (options) => (options.notice || !this.#panelOpen ? (this.stack?.show(options) ?? '') : ''),
    dismiss: (id) => this.stack?.dismiss(id),
    addHidden: (count) => this.stack?.addHidden?.(count),
  };
}
