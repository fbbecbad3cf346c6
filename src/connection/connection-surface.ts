import type { StreamSpaceMessage } from '../protocol/messages.js';
import type { RejectedLine } from '../protocol/parse-frame.js';
import { defaultEndpointUrl } from './endpoint-url.js';
import type { ConnectionState, StreamSpaceConnectionEventMap, StreamSpaceLifecycleEventMap } from './events.js';
import { GapTracker } from './gap-tracker.js';
import { MessageRouter, type MessageSubscriber } from './message-router.js';
import { type ConnectionOptions, DEFAULT_CONNECTION_OPTIONS } from './options.js';
import { RetrySchedule } from './retry-schedule.js';
import { SendQueue } from './send-queue.js';
import { GroupLink } from './sharing/group-link.js';
import type { Sharing } from './sharing/tab-group.js';
import { userKey } from './user-key.js';

type Detail<K extends keyof StreamSpaceLifecycleEventMap> = StreamSpaceLifecycleEventMap[K]['detail'];

/** Typed removal for the connection's events (declarations only; merged into the class). */
export interface ConnectionSurface {
  removeEventListener<K extends keyof StreamSpaceConnectionEventMap>(
    type: K,
    listener: ((this: this, event: StreamSpaceConnectionEventMap[K]) => unknown) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/**
 * What a `StreamSpaceConnection` shows and keeps: its settings, state, messages, send queue,
 * retry schedule and tab group, and the typed events that report them. The state machine that
 * moves them is `StreamSpaceConnection` itself (connection.ts); nothing here opens or closes a socket.
 */
export abstract class ConnectionSurface extends EventTarget {
  #options: ConnectionOptions;
  #state: ConnectionState = 'idle';
  /** The token of the current attempt (never logged; redacted from invalid-message samples). */
  protected token: string | null = null;
  protected readonly retry = new RetrySchedule();
  protected readonly queue: SendQueue;
  protected readonly messages = new MessageRouter(this, (line) => this.#rejected(line));
  /** The tab group (./sharing/), through the one interface the state machine uses. */
  protected readonly group: GroupLink;
  /** Gaps (spans in which messages may be missing) and the page's `catchUp` for them. */
  protected readonly gaps: GapTracker;

  constructor(options: Partial<ConnectionOptions> = {}) {
    super();
    this.#options = { ...DEFAULT_CONNECTION_OPTIONS, ...options };
    this.queue = new SendQueue(this.#options.sendQueueLimit);
    this.group = new GroupLink({
      state: () => this.#state,
      retry: this.retry,
      queue: this.queue,
      setState: (state) => this.setState(state),
      emit: (type, detail) => this.emit(type as keyof StreamSpaceLifecycleEventMap, detail as never),
      receive: (frame) => this.messages.receive(frame),
      send: (data) => void this.send(data),
      lead: () => (this.gaps.leading(), this.lead()),
      ask: (kind) => this.asked(kind),
      signOut: () => this.signedOutElsewhere(),
      present: () => this.dispatchEvent(new CustomEvent('streamspace-presenting', { detail: { presenting: this.presenting } })),
    });
    this.gaps = new GapTracker({
      state: () => this.#state,
      following: () => this.group.following,
      options: () => this.#options,
      addEventListener: (type, listener) => this.addEventListener(type, listener),
      emit: (type: keyof StreamSpaceLifecycleEventMap, detail: unknown) => this.emit(type, detail as never),
      replay: (messages) => this.messages.replay(messages),
      rejected: (line) => this.#rejected(line),
    });
  }

  get state(): ConnectionState {
    return this.#state;
  }
  /** True while the socket is open (exactly between `streamspace-open` and the next `streamspace-close`). */
  get connected(): boolean {
    return this.#state === 'open';
  }
  get lastMessage(): StreamSpaceMessage | null {
    return this.messages.lastMessage;
  }
  get reconnectAttempts(): number {
    return this.retry.attempts;
  }
  /** When the scheduled retry starts (epoch ms), or null. */
  get nextReconnectAt(): number | null {
    return this.retry.nextAt;
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
    return this.queue.size + this.group.queued;
  }
  /**
   * `leader` while this tab holds its group's lock (and so the group's socket), `follower` in a
   * group another tab leads, `off` in none: a socket of its own, or none at all (not sharing,
   * refused before joining, signed out, disconnected).
   */
  get sharing(): Sharing {
    return this.group.role;
  }
  /**
   * Whether this tab should show what the group's messages announce (toasts, desktop
   * notifications): true only in the tab the user used last, and always when not sharing.
   * Every tab still fires every event. Changes fire `streamspace-presenting` on the connection.
   */
  get presenting(): boolean {
    return this.group.presenting;
  }

  /**
   * An opaque, stable name for the signed-in user's storage (the notification history):
   * a SHA-256 of the token's user (see `userKey`), never the token or the user id. Null
   * before any token was used, and outside secure contexts.
   */
  userKey(): Promise<string | null> {
    return this.token ? userKey(this.token) : Promise.resolve(null);
  }

  /** Calls `subscriber` with every valid message; returns the unsubscribe function. */
  subscribe(subscriber: MessageSubscriber): () => void {
    return this.messages.subscribe(subscriber);
  }

  // The typed overload is declared here, not merged in: a class's own signature would
  // otherwise come first and type every listener's event as a plain `Event`.
  override addEventListener<K extends keyof StreamSpaceConnectionEventMap>(
    type: K,
    listener: ((this: this, event: StreamSpaceConnectionEventMap[K]) => unknown) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    if (listener) this.messages.listen(type);
    super.addEventListener(type, listener, options);
  }

  abstract send(data: unknown): boolean;
  /** This tab now holds its group's lock, the previous leader gone: open the group's socket. */
  protected abstract lead(): void;
  /** A follower asked this leader to `reconnect`, or to `retry` a waiting attempt. */
  protected abstract asked(kind: unknown): void;
  /** Another tab of the group saw the token removed. */
  protected abstract signedOutElsewhere(): void;

  /** A frame of this tab's socket: relayed to the followers, delivered here, its lines counted (a full server buffer is a gap). */
  protected received(frame: unknown): void {
    this.group.frame(frame);
    this.gaps.frame(this.messages.receive(frame));
  }

  /** This tab's socket closed or is being dropped: what it brought is delivered, and the gaps note when. */
  protected socketGone(): void {
    this.messages.flush();
    this.gaps.closed();
  }

  #rejected({ reason, sample }: RejectedLine): void {
    const token = this.token;
    this.emit('streamspace-invalid-message', { reason, sample: token ? sample.split(token).join('[redacted]') : sample });
  }

  /** Applies `patch` to the settings; returns the settings before it. */
  protected merge(patch: Partial<ConnectionOptions>): Readonly<ConnectionOptions> {
    const before = this.#options;
    this.#options = { ...before, ...patch };
    this.queue.limit = this.#options.sendQueueLimit;
    return before;
  }

  protected setState(state: ConnectionState): void {
    const previous = this.#state;
    if (previous === state) return;
    this.#state = state;
    this.emit('streamspace-state', { state, previous });
  }

  /** Fires a lifecycle event here, and relays it to the group's followers when this tab leads. */
  protected emit<K extends keyof StreamSpaceLifecycleEventMap>(type: K, detail: Detail<K>): void {
    this.group.event(type, detail);
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
