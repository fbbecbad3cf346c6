import type { StreamSpaceMessage } from '../protocol/messages.js';
import { probeAuth } from './auth-probe.js';
import { defaultEndpointUrl, withToken } from './endpoint-url.js';
import type { AuthFailureReason, ConnectionState, StreamSpaceConnectionEventMap, StreamSpaceLifecycleEventMap } from './events.js';
import { AUTH_CLOSE_CODES, type ConnectionOptions, DEFAULT_CONNECTION_OPTIONS, PROBE_AFTER_FAILED_OPENS } from './options.js';
import { MessageRouter, type MessageSubscriber } from './message-router.js';
import { listenToPage } from './page-signals.js';
import { RetrySchedule } from './retry-schedule.js';
import { SendQueue } from './send-queue.js';
import { readStoredToken, resolveToken, tokenKeys } from './token.js';
import { checkToken } from './token-check.js';
import { canShare, type Sharing, TabGroup } from './sharing/tab-group.js';
import { userKey } from './user-key.js';

export type { MessageSubscriber } from './message-router.js';

type Detail<K extends keyof StreamSpaceLifecycleEventMap> = StreamSpaceLifecycleEventMap[K]['detail'];

/** Typed removal for the connection's events (declarations only; merged into the class). */
export interface StreamSpaceConnection {
  removeEventListener<K extends keyof StreamSpaceConnectionEventMap>(
    type: K,
    listener: ((this: StreamSpaceConnection, event: StreamSpaceConnectionEventMap[K]) => unknown) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/**
 * One self-healing WebSocket to the StreamSpace enterprise endpoint, usable without any element.
 *
 * Fires the lifecycle events of `StreamSpaceLifecycleEventMap` on itself, and, for each valid
 * message, an event named by the message's `type` plus `streamspace-message` (detail: the message).
 * `subscribe()` is the allocation-free way to observe every message.
 *
 * Invariant: at most one live socket at any time. Every attempt bumps a generation counter;
 * asynchronous work (token provider, auth probe) that finishes for an older generation is dropped,
 * and a replaced socket loses its handlers before it is closed.
 *
 * With `share` (the default) the user's tabs share one socket (src/sharing/): a follower
 * opens none, and mirrors the leader's state and events instead; the API is the same.
 */
export class StreamSpaceConnection extends EventTarget {
  #options: ConnectionOptions;
  #state: ConnectionState = 'idle';
  #socket: WebSocket | null = null;
  #generation = 0;
  /** connect() was called and disconnect() was not. */
  #active = false;
  /** Consecutive attempts whose socket never opened. */
  #failedOpens = 0;
  readonly #retry = new RetrySchedule();
  /** Closed for the back-forward cache; reopened on pageshow. */
  #suspended = false;
  #token: string | null = null;
  #refusedToken: string | null = null;
  #freshTokenTried = false;
  /** A probe showed the token is fine while handshakes fail (reported once per failure streak). */
  #handshakeRefused = false;
  #stopListening: (() => void) | undefined;
  readonly #queue: SendQueue;
  #group: TabGroup | null = null;
  #messages = new MessageRouter(this, ({ reason, sample }) => {
    const token = this.#token;
    this.#emit('streamspace-invalid-message', { reason, sample: token ? sample.split(token).join('[redacted]') : sample });
  });

  constructor(options: Partial<ConnectionOptions> = {}) {
    super();
    this.#options = { ...DEFAULT_CONNECTION_OPTIONS, ...options };
    this.#queue = new SendQueue(this.#options.sendQueueLimit);
  }

  get state(): ConnectionState {
    return this.#state;
  }
  /** True while the socket is open (exactly between `streamspace-open` and the next `streamspace-close`). */
  get connected(): boolean {
    return this.#state === 'open';
  }
  get lastMessage(): StreamSpaceMessage | null {
    return this.#messages.lastMessage;
  }
  get reconnectAttempts(): number {
    return this.#retry.attempts;
  }
  /** When the scheduled retry starts (epoch ms), or null. */
  get nextReconnectAt(): number | null {
    return this.#retry.nextAt;
  }
  /** The endpoint, without the token. */
  get url(): string {
    return this.#options.url || defaultEndpointUrl();
  }
  get options(): Readonly<ConnectionOptions> {
    return this.#options;
  }
  /** Messages waiting in the send queue. */
  get queuedMessages(): number {
    return this.#queue.size + (this.#group?.queued ?? 0);
  }
  /** `leader` (this tab holds its group's socket), `follower` (another tab does) or `off` (a socket of its own). */
  get sharing(): Sharing {
    return this.#tabGroup()?.role ?? 'off';
  }
  /**
   * Whether this tab should show what the group's messages announce (toasts, desktop
   * notifications): true only in the tab the user used last, and always when not sharing.
   * Every tab still fires every event. Changes fire `streamspace-presenting` on the connection.
   */
  get presenting(): boolean {
    return this.#group?.presenting ?? true;
  }

  /**
   * An opaque, stable name for the signed-in user's storage (the notification history):
   * a SHA-256 of the token's user (see `userKey`), never the token or the user id. Null
   * before any token was used, and outside secure contexts.
   */
  userKey(): Promise<string | null> {
    return this.#token ? userKey(this.#token) : Promise.resolve(null);
  }

  /** Changes settings; a new token source wakes an unauthenticated connection, a new endpoint reconnects. */
  configure(patch: Partial<ConnectionOptions>): void {
    const before = this.#options;
    this.#options = { ...before, ...patch };
    this.#queue.limit = this.#options.sendQueueLimit;
    if (!this.#active) return;
    const changed = (key: keyof ConnectionOptions) => key in patch && patch[key] !== before[key];
    if (changed('url') || changed('tokenParam') || changed('share')) {
      if (this.#state !== 'idle' && this.#state !== 'closed') {
        this.#exit('connecting', 'replaced');
        this.reconnect();
      }
    } else if (changed('token') || changed('tokenProvider') || changed('tokenKey')) {
      if (this.#state === 'unauthenticated') this.reconnect();
    }
  }

  /** Starts connecting (idempotent while connecting or open). */
  connect(): void {
    if (this.#active && (this.#state === 'connecting' || this.#state === 'open' || this.#state === 'reconnecting')) return;
    this.#activate();
    void this.#open();
  }

  /** Closes the socket and stops every retry, timer and page listener until connect(). */
  disconnect(): void {
    this.#active = false;
    this.#suspended = false;
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#exit('closed', 'client disconnect');
  }

  /** Opens a fresh connection now, with the retry count and auth memory reset. */
  reconnect(): void {
    this.#forgetFailures();
    this.#activate();
    void this.#open();
  }

  /**
   * Sends `data` (strings as they are, anything else as JSON). While not open the message is
   * queued (at most `sendQueueLimit`) and flushed in order on open. false: not sent nor queued.
   */
  send(data: unknown): boolean {
    let serialized: string | undefined;
    try {
      serialized = typeof data === 'string' ? data : JSON.stringify(data);
    } catch {
      return false;
    }
    if (serialized === undefined) return false;
    const socket = this.#socket;
    if (this.#state === 'open' && socket && socket.readyState === 1) {
      socket.send(serialized);
      return true;
    }
    return this.#group?.role === 'follower' ? this.#group.send(serialized) : this.#queue.push(serialized);
  }

  /** Calls `subscriber` with every valid message; returns the unsubscribe function. */
  subscribe(subscriber: MessageSubscriber): () => void {
    return this.#messages.subscribe(subscriber);
  }

  // The typed overload is declared here, not merged in: a class's own signature would
  // otherwise come first and type every listener's event as a plain `Event`.
  override addEventListener<K extends keyof StreamSpaceConnectionEventMap>(
    type: K,
    listener: ((this: StreamSpaceConnection, event: StreamSpaceConnectionEventMap[K]) => unknown) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    if (listener) this.#messages.listen(type);
    super.addEventListener(type, listener, options);
  }

  #activate(): void {
    this.#active = true;
    this.#stopListening ??= listenToPage({
      online: () => this.#retryAtOnce(),
      visible: () => this.#retryAtOnce(),
      pagehide: () => this.#suspend(),
      pageshow: () => this.#resume(),
      // A frozen tab cannot relay; a tab that keeps its own socket behaves as it always did.
      freeze: () => this.#group && this.#suspend(),
      storage: (key) => this.#storageChanged(key),
    });
  }

  async #open(token?: string, ask = 'reconnect'): Promise<void> {
    // A follower's state is its group's: the leader makes the attempt (see #follow).
    if (this.#group?.key && this.#group.role === 'follower') return this.#follow(ask);
    // The attempt starts now, waiting for its token included: honest `connecting` from here.
    this.#teardown('connecting', 'replaced');
    const generation = this.#generation;
    const resolved = token ?? (await resolveToken(this.#tokenSources()));
    if (generation !== this.#generation || !this.#active) return;
    if (!resolved) {
      this.#setState('unauthenticated');
      return;
    }
    this.#token = resolved;
    // A token the server is bound to refuse costs it a handshake and the user a wait: not sent.
    const problem = checkToken(resolved);
    if (problem) return this.#refused(problem === 'expired' ? 401 : 400, problem, resolved);
    // Sharing: the socket opens when this tab's turn comes (#lead), if it has not yet.
    if (this.#tabGroup() && (!(await this.#join(resolved)) || generation !== this.#generation)) return;
    this.#dial(resolved);
  }

  #dial(token: string): void {
    let socket: WebSocket;
    try {
      socket = new WebSocket(withToken(this.url, this.#options.tokenParam, token));
    } catch {
      // An invalid URL can never connect; the error's text would quote the token, so drop it.
      this.#emit('streamspace-error', {});
      this.#fail();
      return;
    }
    this.#socket = socket;
    this.#bind(socket, token);
  }

  #bind(socket: WebSocket, token: string): void {
    // Open already: a new leader's socket replacing the last one's, unseen by the page.
    let opened = this.#state === 'open';
    socket.onopen = () => {
      if (socket !== this.#socket) return;
      const quiet = opened;
      opened = true;
      this.#forgetFailures();
      this.#setState('open');
      this.#queue.flush((data) => {
        if (socket.readyState !== 1) return false;
        socket.send(data);
        return true;
      });
      if (!quiet) this.#emit('streamspace-open', {});
    };
    socket.onmessage = (event: MessageEvent) => {
      if (socket !== this.#socket) return;
      this.#group?.frame(event.data);
      this.#messages.receive(event.data);
    };
    socket.onerror = () => {
      if (socket === this.#socket) this.#emit('streamspace-error', {});
    };
    socket.onclose = (event: CloseEvent) => {
      if (socket !== this.#socket) return;
      this.#socket = null;
      this.#messages.flush();
      const refused = AUTH_CLOSE_CODES.has(event.code);
      // Listeners of the close already see a state that is not `open`: a refused token is
      // about to be replaced (an attempt waiting for its token), anything else reconnects.
      if (opened) this.#setState(refused ? 'connecting' : this.#options.autoReconnect ? 'reconnecting' : 'closed');
      this.#emit('streamspace-close', { code: event.code, reason: event.reason, wasClean: event.wasClean });
      if (!this.#active) return;
      if (refused) {
        void this.#refused(event.code, 'refused', token);
      } else if (!opened && ++this.#failedOpens >= PROBE_AFTER_FAILED_OPENS) {
        void this.#probe(token);
      } else {
        this.#scheduleRetry();
      }
    };
  }

  async #probe(token: string): Promise<void> {
    const generation = this.#generation;
    const status = await probeAuth(this.url, token, this.#options.fetch ?? undefined);
    if (generation !== this.#generation || !this.#active) return;
    if (status === 401 || status === 403) return this.#refused(status, status === 401 ? 'refused' : 'forbidden', token);
    // 400: the token was accepted, the handshake is refused for another reason (origin, proxy).
    // Only a server change helps; keep backing off. Anything else proves nothing.
    if (status === 400 && !this.#handshakeRefused) {
      this.#handshakeRefused = true;
      this.#emit('streamspace-error', { reason: 'handshake-refused' });
    }
    this.#scheduleRetry();
  }

  /** `token` cannot be used: try a fresh one once, else wait for a new token without retrying. */
  async #refused(code: number, reason: AuthFailureReason, token: string): Promise<void> {
    this.#refusedToken = token;
    if (!this.#freshTokenTried) {
      this.#freshTokenTried = true;
      const generation = this.#generation;
      const fresh = await resolveToken(this.#tokenSources());
      if (generation !== this.#generation || !this.#active) return;
      if (fresh && fresh !== token) {
        this.#failedOpens = 0;
        void this.#open(fresh);
        return;
      }
    }
    this.#retry.cancel();
    this.#setState('unauthenticated');
    this.#emit('streamspace-auth-failed', { code, reason });
  }

  #scheduleRetry(): void {
    const options = this.#options;
    if (!options.autoReconnect) {
      this.#setState('closed');
      return;
    }
    const maxAttempts = options.maxReconnectAttempts;
    const delay = this.#retry.schedule(
      { base: options.reconnectInterval, cap: options.maxReconnectDelay, maxAttempts, random: options.random },
      () => void this.#open(),
    );
    if (delay === null) {
      this.#fail();
      return;
    }
    this.#setState('reconnecting');
    this.#emit('streamspace-reconnecting', { attempt: this.#retry.attempts, delay, maxAttempts });
  }

  #fail(): void {
    this.#retry.cancel();
    this.#setState('failed');
    this.#emit('streamspace-failed', { attempts: this.#retry.attempts, ...(this.#handshakeRefused && { reason: 'handshake-refused' as const }) });
  }

  /** `online` or the page becoming visible: waiting out a backoff is pointless now. */
  #retryAtOnce(): void {
    if (!this.#active || this.#suspended) return;
    if (this.#state === 'failed') this.#retry.attempts = 0;
    if (this.#state === 'reconnecting' || this.#state === 'failed' || this.#retry.waitingForNetwork) void this.#open(undefined, 'retry');
  }

  /** pagehide: an open socket keeps the page out of the back-forward cache, so close it cleanly. */
  #suspend(): void {
    if (!this.#active || this.#suspended) return;
    this.#suspended = true;
    this.#exit('closed', 'page hidden');
  }

  #resume(): void {
    if (!this.#suspended) return;
    this.#suspended = false;
    if (this.#active) this.reconnect();
  }

  /** Another tab wrote or removed the token. */
  #storageChanged(key: string | null): void {
    const { token, tokenProvider, tokenKey } = this.#options;
    if (!this.#active || this.#suspended || token || tokenProvider) return;
    const keys = tokenKeys(tokenKey);
    if (key !== null && !keys.includes(key)) return;
    const stored = readStoredToken(keys);
    if (!stored) {
      // Signed out elsewhere: stop receiving this user's events, in every tab of the group.
      this.#group?.signOut();
      this.#signOut();
    } else if (this.#state === 'unauthenticated' && stored !== this.#refusedToken) {
      // A new token may exist: try again with a full budget.
      this.reconnect();
    }
  }

  #signOut(): void {
    if (this.#active && this.#state !== 'unauthenticated') this.#exit('unauthenticated', 'signed out');
  }

  /** The group this tab shares a socket with, per the `share` option; null without sharing. */
  #tabGroup(): TabGroup | null {
    if (!this.#options.share || !canShare()) return (this.#group = null);
    return (this.#group ??= new TabGroup({
      state: () => this.#state,
      retry: this.#retry,
      queue: this.#queue,
      setState: (state) => this.#setState(state),
      emit: (type, detail) => this.#emit(type as keyof StreamSpaceLifecycleEventMap, detail as never),
      receive: (frame) => this.#messages.receive(frame),
      send: (data) => void this.send(data),
      lead: () => this.#lead(),
      ask: (kind) => (kind === 'retry' ? this.#retryAtOnce() : kind === 'reconnect' && this.reconnect()),
      signOut: () => this.#signOut(),
      present: () => this.dispatchEvent(new CustomEvent('streamspace-presenting', { detail: { presenting: this.presenting } })),
    }));
  }

  /** Joins the group of this token's user and endpoint (leaving another); true when this tab leads it. */
  async #join(token: string): Promise<boolean> {
    const group = this.#group!;
    const key = await group.keyFor(this.url, this.#options.tokenParam, token);
    if (key && key !== group.key) {
      group.leave();
      group.join(key);
    }
    return !key || group.role === 'leader';
  }

  /** A follower's attempt: the leader's to make, unless this tab's user or endpoint changed. */
  async #follow(ask: string): Promise<void> {
    const generation = ++this.#generation;
    const group = this.#group!;
    const token = await resolveToken(this.#tokenSources());
    const key = token && (await group.keyFor(this.url, this.#options.tokenParam, token));
    if (generation !== this.#generation || !this.#active) return;
    if (key === group.key) return group.ask(ask);
    this.#exit('connecting', 'replaced');
    void this.#open(token ?? undefined);
  }

  /** This tab's turn to hold the group's socket: open it at once, without a backoff wait. */
  #lead(): void {
    const state = this.#state;
    if (state === 'reconnecting') void this.#open(this.#token!);
    else if (state === 'open' || state === 'connecting') this.#dial(this.#token!);
    // failed, closed, unauthenticated: the group stays as its last leader left it, until asked.
  }

  /** Leaves the tab group, if any (a leader hands its socket over), and stops: see #teardown. */
  #exit(next: ConnectionState, reason: string): void {
    const stop = () => this.#teardown(next, reason);
    if (this.#group) this.#group.leave(stop);
    else stop();
  }

  /** A fresh start: full retry budget, no probe debt, no refused token remembered. */
  #forgetFailures(): void {
    this.#retry.attempts = 0;
    this.#failedOpens = 0;
    this.#freshTokenTried = false;
    this.#refusedToken = null;
    this.#handshakeRefused = false;
  }

  #tokenSources() {
    const { token, tokenProvider, tokenKey } = this.#options;
    return { token, tokenProvider, tokenKey };
  }

  /**
   * The one way this connection stops what it is doing (disconnect, back-forward cache,
   * signed out elsewhere, a new attempt): late async work is dropped (generation), the retry
   * timer stops, messages already received are delivered, the state becomes `next` (an idle
   * connection stays idle), and only then is the socket closed and its close reported.
   */
  #teardown(next: ConnectionState, reason: string): void {
    this.#generation += 1;
    this.#retry.cancel();
    const socket = this.#socket;
    // A follower has no socket but was open all the same.
    const wasOpen = this.#state === 'open';
    this.#socket = null;
    if (socket) socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
    this.#messages.flush();
    if (this.#state !== 'idle' || next !== 'closed') this.#setState(next);
    const code = 1000;
    try {
      socket?.close(code, reason);
    } catch {
      // Already closing.
    }
    // Its own close event is no longer listened to; listeners still learn that it closed.
    if (wasOpen) this.#emit('streamspace-close', { code, reason, wasClean: true });
  }

  #setState(state: ConnectionState): void {
    const previous = this.#state;
    if (previous === state) return;
    this.#state = state;
    this.#emit('streamspace-state', { state, previous });
  }

  #emit<K extends keyof StreamSpaceLifecycleEventMap>(type: K, detail: Detail<K>): void {
    this.#group?.event(type, detail);
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
