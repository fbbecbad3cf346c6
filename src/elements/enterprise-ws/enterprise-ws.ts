import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StreamSpaceConnection } from '../../connection/connection.js';
import { DEFAULT_CONNECTION_OPTIONS } from '../../connection/options.js';
import { defaultEndpointUrl } from '../../connection/endpoint-url.js';
import { type ConnectionState, LIFECYCLE_EVENTS, type StreamSpaceEventMap } from '../../connection/events.js';
import type { TokenProvider } from '../../connection/token.js';
import type { CatchUp } from '../../connection/gap-tracker.js';
import { messageIdentity } from '../../protocol/message-identity.js';
import type { Sharing } from '../../connection/sharing/tab-group.js';
import { streamspaceConnectionContext } from '../../controllers/context.js';
import type { StreamSpaceMessage } from '../../protocol/messages.js';
import { flagAttribute, numberAttribute } from '../../internal/attribute-converters.js';
import { emit } from '../../internal/emit.js';
import type { MessageFormatter } from '../../toast/toast-feed.js';
import type { NotificationHistory } from '../../history/notification-history.js';
import type { HistoryEntry, HistoryStorageMode } from '../../history/types.js';
import type { DesktopNotificationMode } from './desktop-notifier.js';
import { NotificationBridge } from './notification-bridge.js';
import { LocalizeController } from '../../controllers/localize-controller.js';

const defaults = DEFAULT_CONNECTION_OPTIONS;

/**
 * One authenticated, self-healing WebSocket to the StreamSpace enterprise endpoint, as DOM events.
 * Each valid server message is fired as an event named by its `type`, and as
 * `streamspace-message`; both carry the whole message `{type, timestamp, data}`, bubble and are
 * composed, so `document.addEventListener('security.alert', …)` works. With `notifications` on,
 * events also become toasts in a child `<streamspace-toast-stack>`, or in one the element renders.
 *
 * @tag streamspace-enterprise-ws
 * @summary StreamSpace enterprise events as DOM events, with toast notifications.
 *
 * @attr url - Endpoint. Default `ws(s)://{location.host}/api/v1/ws/enterprise` (`wss:` on `https:` pages).
 * @attr token-key - localStorage key of the token. Default `streamspace-auth`, then `streamspace_token`.
 * @attr token-param - Query parameter carrying the token. Default `token`.
 * @attr auto-reconnect - `auto-reconnect="false"` turns reconnecting off. Default on.
 * @attr reconnect-interval - Base delay (ms) of exponential backoff with jitter. Default 3000.
 * @attr max-reconnect-delay - Cap (ms) of the backoff. Default 30000.
 * @attr max-reconnect-attempts - Retries before the state becomes `failed`; `Infinity` allowed. Default 10.
 * @attr notifications - `notifications="false"` shows no toasts. Default on.
 * @attr manual - Do not connect on attach; call `connect()`.
 * @attr share - `share="false"`: this tab keeps a socket of its own instead of sharing one with the user's other tabs (docs/tabs.md). Default on.
 * @attr history-storage - Where the notification history lives: `persistent` (IndexedDB, default), `session` (memory only, for shared computers) or `off`.
 * @attr gap-threshold - A reconnect, or a handover between tabs, shorter than this (ms) is no gap (`streamspace-gap`). Default 2000.
 * @attr desktop-notifications - `alerts` (severity error) or `all`: system notifications while no tab has focus, once permission was granted. Default `off`.
 *
 * @fires security.alert - A `security.alert` message. Detail: the message.
 * @fires webhook.delivery - A `webhook.delivery` message. Detail: the message.
 * @fires schedule.event - A `schedule.event` message. Detail: the message.
 * @fires node.health - A `node.health` message. Detail: the message.
 * @fires scaling.event - A `scaling.event` message. Detail: the message.
 * @fires compliance.violation - A `compliance.violation` message. Detail: the message.
 * @fires connection - The server's `connection` (welcome) message. Detail: the message.
 * @fires user.event - A `user.event` message (any other dotted lowercase type is fired the same way). Detail: the message.
 * @fires group.event - A `group.event` message. Detail: the message.
 * @fires quota.event - A `quota.event` message. Detail: the message.
 * @fires plugin.event - A `plugin.event` message. Detail: the message.
 * @fires template.event - A `template.event` message. Detail: the message.
 * @fires repository.event - A `repository.event` message. Detail: the message.
 * @fires integration.event - An `integration.event` message. Detail: the message.
 * @fires streamspace-message - Every valid message. Detail: the message.
 * @fires streamspace-open - The socket opened. Detail: `{}`.
 * @fires streamspace-close - The socket closed. Detail: `{code, reason, wasClean}`.
 * @fires streamspace-error - The socket reported an error. Detail: `{}`; once per failure streak `{reason: 'handshake-refused'}` when the auth probe shows the token is fine but the server keeps refusing the handshake (e.g. its origin allow-list); once per gap `{reason: 'catch-up-failed'}` when `catchUp` rejected or did not answer in 15 s (tried again at the next open).
 * @fires streamspace-reconnecting - A retry is scheduled. Detail: `{attempt, delay, maxAttempts}`.
 * @fires streamspace-state - The state changed. Detail: `{state, previous}`.
 * @fires streamspace-failed - Gave up after `max-reconnect-attempts`. Detail: `{attempts, reason?}`; `reason: 'handshake-refused'` when the token was fine.
 * @fires streamspace-auth-failed - The token cannot be used (after asking once for a fresh one); no retries until a new one appears. Detail: `{code, reason}`, reason `refused` (401, close 1008/4001/4003/4401/4403), `forbidden` (403, account disabled), `expired` or `unusable` (not sent).
 * @fires streamspace-invalid-message - A line from the server (or an item `catchUp` returned) was rejected. Detail: `{reason, sample}`.
 * @fires streamspace-gap - Messages of a span may be missing (docs/gaps.md). Detail: `{from, to, reason}` (Dates; `reconnect`, `away` or `server-overflow`); once per gap per browser, in every tab.
 * @fires streamspace-catch-up - `catchUp` filled a gap. Detail: `{from, to, reason, count, messages}`: the new messages, each also fired as its usual events with `replayed: true`.
 *
 * @slot - Optional `<streamspace-toast-stack>` to show notifications in (configure it there).
 * @csspart toast-stack - The stack the element renders when it has no child stack.
 * @csspart stack - The rendered stack's container (exported).
 * @csspart toast - Each toast of the rendered stack (exported).
 * @csspart toast-info - Toasts of severity info (exported); likewise `toast-success`, `toast-warning`, `toast-error`.
 * @csspart toast-success - Toasts of severity success (exported).
 * @csspart toast-warning - Toasts of severity warning (exported).
 * @csspart toast-error - Toasts of severity error (exported).
 * @csspart icon - A toast's severity icon (exported).
 * @csspart title - A toast's title (exported).
 * @csspart message - A toast's message (exported).
 * @csspart count - A toast's "×N" repeat count (exported).
 * @csspart close-button - A toast's dismiss button (exported).
 * @csspart action-button - A toast's action button (exported).
 * @csspart overflow - The "+N more" button (exported).
 * @csspart notice - A notice a person must act on: sign in again, gave up + Retry (exported).
 */
export class StreamSpaceEnterpriseWs extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  readonly #connection = new StreamSpaceConnection();
  readonly #i18n = new LocalizeController(this);
  readonly #notifications = new NotificationBridge(
    this,
    this.#connection,
    (entry) => this.#openCenter(entry),
    () => this.#i18n.locale,
  );
  #url: string | null = null;
  #connectOnUpdate = false;
  #removalPending = false;

  /** Endpoint URL, without the token. */
  @property()
  get url(): string {
    return this.#url ?? defaultEndpointUrl();
  }
  set url(value: string | null | undefined) {
    this.#url = value || null;
  }

  /** localStorage key of the token; null means `streamspace-auth`, then `streamspace_token`. */
  @property({ attribute: 'token-key' }) tokenKey: string | null = null;

  /** Explicit token; wins over storage. Never reflected to an attribute, never in an event. */
  @property({ attribute: false }) token: string | null = null;

  /** Asked before every connection attempt (token refresh). */
  @property({ attribute: false }) tokenProvider: TokenProvider | null = null;

  @property({ attribute: 'token-param' }) tokenParam = defaults.tokenParam;

  @property({ attribute: 'auto-reconnect', converter: flagAttribute(true) }) autoReconnect = defaults.autoReconnect;

  @property({ attribute: 'reconnect-interval', converter: numberAttribute(defaults.reconnectInterval) })
  reconnectInterval = defaults.reconnectInterval;

  @property({ attribute: 'max-reconnect-delay', converter: numberAttribute(defaults.maxReconnectDelay) })
  maxReconnectDelay = defaults.maxReconnectDelay;

  @property({ attribute: 'max-reconnect-attempts', converter: numberAttribute(defaults.maxReconnectAttempts) })
  maxReconnectAttempts = defaults.maxReconnectAttempts;

  @property({ converter: flagAttribute(true) }) notifications = true;

  @property({ converter: flagAttribute(false) }) manual = false;

  /**
   * Share one socket with the user's other tabs of this endpoint (one leads, the others follow,
   * every tab fires every event, one tab per browser shows the toasts); false: a socket of its own.
   */
  @property({ converter: flagAttribute(true) }) share = defaults.share;

  /** Turns a message into toast options; return `null` to stay silent, `undefined` for the default. */
  @property({ attribute: false }) formatter: MessageFormatter | null = null;

  /** Where the notification history lives: IndexedDB, memory only, or nowhere. */
  @property({ attribute: 'history-storage' }) historyStorage: HistoryStorageMode = 'persistent';

  /** A reconnect or a handover between tabs shorter than this (ms) is no gap. */
  @property({ attribute: 'gap-threshold', converter: numberAttribute(defaults.gapThreshold) }) gapThreshold = defaults.gapThreshold;

  /**
   * Fetches what the page's own source holds for a gap (`{from, to, reason, signal}`), as
   * messages in the wire format; called once per gap in the tab that holds the socket. Its
   * messages join the history (without duplicates) and fire with `replayed: true`; one toast
   * sums them up. See docs/gaps.md.
   */
  @property({ attribute: false }) catchUp: CatchUp | null = null;

  /** System notifications while no tab has focus: `off`, `alerts` (severity error), `all`. */
  @property({ attribute: 'desktop-notifications' }) desktopNotifications: DesktopNotificationMode = 'off';

  constructor() {
    super();
    new ContextProvider(this, { context: streamspaceConnectionContext, initialValue: this.#connection });
    this.#connection.subscribe((message) => this.#dispatchMessage(message));
    for (const type of LIFECYCLE_EVENTS) {
      this.#connection.addEventListener(type, (event) => {
        emit(this, type, (event as CustomEvent).detail);
      });
    }
  }

  /** The framework-free connection behind the element. */
  get connection(): StreamSpaceConnection {
    return this.#connection;
  }
  get state(): ConnectionState {
    return this.#connection.state;
  }
  /** True while the socket (this tab's, or its group's) is open. `isConnected` stays the DOM's own. */
  get connected(): boolean {
    return this.#connection.connected;
  }
  get lastMessage(): StreamSpaceMessage | null {
    return this.#connection.lastMessage;
  }
  get reconnectAttempts(): number {
    return this.#connection.reconnectAttempts;
  }
  get nextReconnectAt(): number | null {
    return this.#connection.nextReconnectAt;
  }
  /** `leader` (this tab holds its group's lock and socket), `follower` (another tab leads its group) or `off` (in no group: a socket of its own, or none). */
  get sharing(): Sharing {
    return this.#connection.sharing;
  }
  /**
   * The notification history (what the toasts showed, with read state), kept per user as
   * `history-storage` says. Created on first use: from then on every message's toast is kept.
   */
  get history(): NotificationHistory {
    if (!this.#notifications.history.active) this.requestUpdate();
    return this.#notifications.history.history;
  }

  /** Asks for permission to show desktop notifications; call it from a user gesture (a click). */
  async requestDesktopPermission(): Promise<NotificationPermission> {
    const permission = await this.#notifications.desktop.request();
    this.requestUpdate();
    return permission;
  }

  /** Connects now (for `manual` elements, or after `disconnect()`); idempotent while connecting or open. */
  connect(): void {
    this.#applyOptions();
    this.#connection.connect();
  }
  /** Closes the socket; no reconnect until `connect()` or `reconnect()`. */
  disconnect(): void {
    this.#connectOnUpdate = false;
    this.#connection.disconnect();
  }
  /** Reconnects now, with the attempt count reset. */
  reconnect(): void {
    this.#applyOptions();
    this.#connection.reconnect();
  }
  /** Sends JSON (queued while not open, bounded, flushed in order on open). */
  send(data: unknown): boolean {
    return this.#connection.send(data);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#removalPending) {
      // Moved (a portal re-parented it): the socket stays.
      this.#removalPending = false;
      return;
    }
    this.#connectOnUpdate = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removalPending = true;
    // A move fires disconnected then connected in the same task; only a removal outlives it.
    queueMicrotask(() => {
      if (!this.#removalPending) return;
      this.#removalPending = false;
      this.#connectOnUpdate = false;
      this.#connection.disconnect();
      this.#notifications.close();
    });
  }

  protected override willUpdate(): void {
    this.#applyOptions();
    const notifications = this.#notifications;
    notifications.history.mode = this.historyStorage;
    notifications.desktop.mode = this.desktopNotifications;
    if (this.desktopNotifications !== 'off' && this.isConnected) notifications.desktop.open();
    notifications.configure(this.notifications, this.formatter);
    if (this.#connectOnUpdate) {
      this.#connectOnUpdate = false;
      if (!this.manual) this.#connection.connect();
    }
  }

  protected override render(): TemplateResult {
    return html`<slot @slotchange=${() => this.#notifications.findStack()}></slot>${this.#notifications.needsOwnStack
      ? html`<streamspace-toast-stack
          part="toast-stack"
          exportparts="stack, toast, toast-info, toast-success, toast-warning, toast-error, icon, title, message, count, close-button, action-button, overflow, notice"
        ></streamspace-toast-stack>`
      : nothing}`;
  }

  protected override updated(): void {
    this.#notifications.findStack();
  }

  #applyOptions(): void {
    this.#connection.configure({
      url: this.#url,
      token: this.token,
      tokenProvider: this.tokenProvider,
      tokenKey: this.tokenKey,
      tokenParam: this.tokenParam || defaults.tokenParam,
      autoReconnect: this.autoReconnect,
      reconnectInterval: this.reconnectInterval,
      maxReconnectDelay: this.maxReconnectDelay,
      maxReconnectAttempts: this.maxReconnectAttempts,
      share: this.share,
      gapThreshold: this.gapThreshold,
      catchUp: this.catchUp,
      knownMessages: this.catchUp ? this.#knownMessages : null,
    });
  }

  /** What the history holds (or deleted), once loaded: a catch-up adds only the rest. */
  readonly #knownMessages = async (): Promise<(message: StreamSpaceMessage) => boolean> => {
    const binding = this.#notifications.history;
    const history = binding.history;
    await binding.settled;
    const known = history.identities();
    return (message) => known.has(messageIdentity(message));
  };

  /** A desktop notification or the catch-up toast was clicked: open the page's notification center (at the entry). */
  #openCenter(entry?: HistoryEntry): void {
    const centers = [...document.querySelectorAll('streamspace-notification-center')];
    (centers.find((center) => center.connectionElement === this) ?? centers[0])?.show(entry?.id);
  }

  #dispatchMessage(message: StreamSpaceMessage): void {
    emit(this, message.type, message);
    emit(this, 'streamspace-message', message);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'streamspace-enterprise-ws': StreamSpaceEnterpriseWs;
  }
  // Per-type and lifecycle events bubble to document and window, so listeners anywhere are typed.
  interface GlobalEventHandlersEventMap extends StreamSpaceEventMap {}
}
