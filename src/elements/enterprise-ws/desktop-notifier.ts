import { localeFor } from '../../i18n/registry.js';
import type { Locale } from '../../i18n/types.js';
import type { HistoryEntry } from '../../history/types.js';

/** `alerts`: severity `error` only; `all`: every entry. */
export type DesktopNotificationMode = 'off' | 'alerts' | 'all';

/** How long other tabs may take to say they have focus (ms). */
const FOCUS_QUERY_MS = 100;
/** How long the tab that showed a notification keeps others from showing it again (ms). */
const CLAIM_MS = 10_000;

const api = (): typeof Notification | undefined => globalThis.Notification;

/**
 * System notifications for entries that arrive while the user is away:
 * - only with permission granted (asked only by `request()`, from a user gesture);
 * - only while no tab of the origin has focus (this one checks itself, then asks the
 *   others over a `BroadcastChannel` and waits briefly for an answer);
 * - once per browser: one tab claims each entry with a Web Lock, and `tag` is the entry
 *   id, so the system replaces rather than repeats one shown twice;
 * - a burst is one notification (the newest entry, "and N more").
 * Clicking it focuses this tab and calls `onClick` with the entry.
 */
export class DesktopNotifier {
  mode: DesktopNotificationMode = 'off';
  readonly #onClick: (entry: HistoryEntry) => void;
  readonly #locale: () => Locale;
  #channel: BroadcastChannel | null = null;
  #newest: HistoryEntry | null = null;
  #count = 0;
  #focusAnswer: ((focused: boolean) => void) | undefined;
  /** Ends the claims this tab holds (on close, so no timer outlives the element). */
  #claims = new Set<() => void>();

  /** `locale`: the element's language, for the "(+N more)" line and the notification's `lang`. */
  constructor(onClick: (entry: HistoryEntry) => void, locale: () => Locale = () => localeFor('en')) {
    this.#onClick = onClick;
    this.#locale = locale;
  }

  /** Starts answering other tabs' focus questions. */
  open(): void {
    try {
      this.#channel ??= new BroadcastChannel('streamspace-desktop-focus');
      this.#channel.onmessage = ({ data }) => {
        if (data === '?' && document.hasFocus()) this.#channel?.postMessage('focused');
        if (data === 'focused') this.#focusAnswer?.(true);
      };
    } catch {
      // No BroadcastChannel: this tab decides alone.
    }
  }

  close(): void {
    this.#channel?.close();
    this.#channel = null;
    for (const release of this.#claims) release();
  }

  /** Asks for permission; call it from a user gesture. Denied is final, as the browser keeps it. */
  async request(): Promise<NotificationPermission> {
    const Api = api();
    if (!Api) return 'denied';
    if (Api.permission !== 'default') return Api.permission;
    return Api.requestPermission();
  }

  /** A new entry (history or not): shown if it qualifies, coalesced with others of the same task. */
  offer(entry: HistoryEntry): void {
    const qualifies = this.mode === 'all' || (this.mode === 'alerts' && entry.severity === 'error');
    if (!qualifies || api()?.permission !== 'granted') return;
    this.#newest = entry;
    if (this.#count++ === 0) queueMicrotask(() => void this.#show());
  }

  /** Closes the notifications this tab shows whose entry `done` says was read or removed. */
  closeWhere(done: (id: string) => boolean): void {
    for (const [id, notification] of this.#shown) {
      if (!done(id)) continue;
      this.#shown.delete(id);
      notification.close();
    }
  }

  /** Shown by this tab and not yet closed, by entry id (the history closes them once read). */
  #shown = new Map<string, Notification>();

  async #show(): Promise<void> {
    const entry = this.#newest!;
    const more = this.#count - 1;
    this.#count = 0;
    if (document.hasFocus() || (await this.#anotherTabFocused())) return;
    const show = () => {
      try {
        const { lang, t } = this.#locale();
        const notification = new Notification(entry.title || entry.message, {
          body: `${entry.title ? entry.message : ''}${more ? `${entry.title ? '\n' : ''}${t.notices.desktopMore(more)}` : ''}`,
          tag: entry.id,
          lang,
          // Server text may be in any script: the system picks the direction from the text.
          dir: 'auto',
        });
        // Kept until its entry is read or removed (closeWhere), however it was closed.
        this.#shown.set(entry.id, notification);
        notification.onclick = () => {
          focus();
          notification.close();
          this.#onClick(entry);
        };
      } catch {
        // Some platforms (Android Chrome) only allow notifications from a service worker.
      }
    };
    const locks = navigator.locks;
    if (!locks) return show();
    await locks.request(`streamspace-desktop:${entry.id}`, { ifAvailable: true }, async (lock) => {
      if (!lock) return;
      show();
      await new Promise<void>((resolve) => {
        const release = () => {
          clearTimeout(timer);
          this.#claims.delete(release);
          resolve();
        };
        const timer = setTimeout(release, CLAIM_MS);
        this.#claims.add(release);
      });
    });
  }

  #anotherTabFocused(): Promise<boolean> {
    const channel = this.#channel;
    if (!channel) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.#focusAnswer = resolve;
      channel.postMessage('?');
      setTimeout(() => resolve(false), FOCUS_QUERY_MS);
    });
  }
}
