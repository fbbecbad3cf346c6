import { AuthFlow, type Refusal } from './auth-flow.js';
import { ConnectionSurface } from './connection-surface.js';
import { withToken } from './endpoint-url.js';
import type { ConnectionState } from './events.js';
import type { ConnectionOptions } from './options.js';
import { listenToPage } from './page-signals.js';
import { serialize } from './send-queue.js';
import { dropSocket, openSocket } from './socket.js';

export type { MessageSubscriber } from './message-router.js';

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
 * The attempt and auth flow (token, checks, probe, reason) is `AuthFlow`'s to decide. With
 * `share` (the default) the user's tabs share one socket (`GroupLink`, ./sharing/): a follower
 * opens none, and mirrors the leader's state and events instead; the API is the same.
 */
export class StreamSpaceConnection extends ConnectionSurface {
  #socket: WebSocket | null = null;
  #generation = 0;
  /** connect() was called and disconnect() was not. */
  #active = false;
  /** Closed for the back-forward cache; reopened on pageshow. */
  #suspended = false;
  readonly #auth = new AuthFlow(() => this.options);
  #stopListening: (() => void) | undefined;

  /** Changes settings; a new token source wakes an unauthenticated connection, a new endpoint reconnects. */
  configure(patch: Partial<ConnectionOptions>): void {
    const before = this.merge(patch);
    if (!this.#active) return;
    const changed = (key: keyof ConnectionOptions) => key in patch && patch[key] !== before[key];
    if (changed('url') || changed('tokenParam') || changed('share')) {
      if (this.state !== 'idle' && this.state !== 'closed') {
        this.#exit('connecting', 'replaced');
        this.reconnect();
      }
    } else if (changed('token') || changed('tokenProvider') || changed('tokenKey')) {
      if (this.state === 'unauthenticated') this.reconnect();
    }
  }

  /** Starts connecting (idempotent while connecting or open). */
  connect(): void {
    if (this.#active && (this.state === 'connecting' || this.state === 'open' || this.state === 'reconnecting')) return;
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
    const serialized = serialize(data);
    if (serialized === undefined) return false;
    const socket = this.#socket;
    if (this.state === 'open' && socket && socket.readyState === 1) {
      socket.send(serialized);
      return true;
    }
    return this.group.sendsViaLeader ? this.group.send(serialized) : this.queue.push(serialized);
  }

  #activate(): void {
    this.#active = true;
    this.#stopListening ??= listenToPage({
      online: () => this.#retryAtOnce(),
      visible: () => this.#retryAtOnce(),
      pagehide: () => this.#suspend(),
      pageshow: () => this.#resume(),
      // A frozen tab cannot relay; a tab that keeps its own socket behaves as it always did.
      freeze: () => this.group.sharing && this.#suspend(),
      storage: (key) => this.#storageChanged(key),
    });
  }

  async #open(token?: string, ask = 'reconnect'): Promise<void> {
    // A follower's state is its group's: the leader makes the attempt (see #follow).
    if (this.group.following) return this.#follow(ask);
    // The attempt starts now, waiting for its token included: honest `connecting` from here.
    this.#teardown('connecting', 'replaced');
    const generation = this.#generation;
    const resolved = token ?? (await this.#auth.token());
    if (generation !== this.#generation || !this.#active) return;
    if (!resolved) {
      this.setState('unauthenticated');
      return;
    }
    this.token = resolved;
    const refusal = this.#auth.check(resolved);
    if (refusal) return this.#refused(refusal, resolved);
    // Sharing: the socket opens when this tab's turn comes (#lead), if it has not yet.
    if (this.group.use(this.options.share) && (!(await this.group.join(this.url, this.options.tokenParam, resolved)) || generation !== this.#generation)) return;
    this.#dial(resolved);
  }

  #dial(token: string): void {
    // Open already: a new leader's socket replacing the last one's, unseen by the page.
    let opened = this.state === 'open';
    const socket = openSocket(withToken(this.url, this.options.tokenParam, token), {
      open: (live) => {
        if (live !== this.#socket) return;
        const quiet = opened;
        opened = true;
        this.#forgetFailures();
        this.setState('open');
        this.gaps.opened(token);
        this.queue.flush((data) => live.readyState === 1 && (live.send(data), true));
        if (!quiet) this.emit('streamspace-open', {});
      },
      message: (data) => socket === this.#socket && this.received(data),
      error: () => socket === this.#socket && this.emit('streamspace-error', {}),
      close: (event) => {
        if (socket !== this.#socket) return;
        // Firefox closes a leaving page's sockets (1001) before its `pagehide`: the group fails
        // over first, so no other tab sees this close. A server going away fails over the same
        // way, and this tab reconnects as a follower.
        if (event.code === 1001 && opened) this.group.handOver();
        this.#socket = null;
        this.socketGone();
        const next = this.#auth.closed(event.code, opened);
        // Listeners of the close already see a state that is not `open`: a refused token is
        // about to be replaced (an attempt waiting for its token), anything else reconnects.
        if (opened) this.setState(typeof next === 'object' ? 'connecting' : this.options.autoReconnect ? 'reconnecting' : 'closed');
        this.emit('streamspace-close', { code: event.code, reason: event.reason, wasClean: event.wasClean });
        if (!this.#active) return;
        if (next === 'probe') void this.#probe(token);
        else if (next === 'retry') this.#scheduleRetry();
        else void this.#refused(next, token);
      },
    });
    this.#socket = socket;
    if (socket) return;
    this.emit('streamspace-error', {});
    this.#fail();
  }

  async #probe(token: string): Promise<void> {
    const generation = this.#generation;
    const verdict = await this.#auth.probe(this.url, token, this.options.fetch ?? undefined);
    if (generation !== this.#generation || !this.#active) return;
    if (typeof verdict === 'object') return this.#refused(verdict, token);
    if (verdict === 'handshake-refused') this.emit('streamspace-error', { reason: 'handshake-refused' });
    this.#scheduleRetry();
  }

  /**
   * `token` cannot be used: try a fresh one once, else wait for a new token without retrying,
   * outside any tab group (a group is one user's; this tab has none now).
   */
  async #refused({ code, reason }: Refusal, token: string): Promise<void> {
    const asked = this.#auth.fresh(token);
    if (asked) {
      const generation = this.#generation;
      const fresh = await asked;
      if (generation !== this.#generation || !this.#active) return;
      if (fresh) return this.#open(fresh);
    }
    this.retry.cancel();
    this.group.leaveAfter(() => {
      this.setState('unauthenticated');
      this.emit('streamspace-auth-failed', { code, reason });
    });
  }

  #scheduleRetry(): void {
    const { autoReconnect, reconnectInterval: base, maxReconnectDelay: cap, maxReconnectAttempts: maxAttempts, random } = this.options;
    if (!autoReconnect) return this.setState('closed');
    const delay = this.retry.schedule({ base, cap, maxAttempts, random }, () => void this.#open());
    if (delay === null) return this.#fail();
    this.setState('reconnecting');
    this.emit('streamspace-reconnecting', { attempt: this.retry.attempts, delay, maxAttempts });
  }

  #fail(): void {
    this.retry.cancel();
    this.setState('failed');
    this.emit('streamspace-failed', { attempts: this.retry.attempts, ...(this.#auth.handshakeRefused && { reason: 'handshake-refused' as const }) });
  }

  /** `online` or the page becoming visible: waiting out a backoff is pointless now. */
  #retryAtOnce(): void {
    if (!this.#active || this.#suspended) return;
    if (this.state === 'failed') this.retry.attempts = 0;
    if (this.state === 'reconnecting' || this.state === 'failed' || this.retry.waitingForNetwork) void this.#open(undefined, 'retry');
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
    if (!this.#active || this.#suspended) return;
    const change = this.#auth.storageChanged(key);
    if (change === 'gone') {
      // Signed out elsewhere: stop receiving this user's events, in every tab of the group.
      this.group.signOut();
      this.signedOutElsewhere();
    } else if (change === 'new' && this.state === 'unauthenticated') {
      // A new token may exist: try again with a full budget.
      this.reconnect();
    }
  }

  protected override asked(kind: unknown): void {
    if (kind === 'retry') this.#retryAtOnce();
    else if (kind === 'reconnect') this.reconnect();
  }

  protected override signedOutElsewhere(): void {
    if (this.#active && this.state !== 'unauthenticated') this.#exit('unauthenticated', 'signed out');
  }

  /** A follower's attempt: the leader's to make, unless this tab's user or endpoint changed. */
  async #follow(ask: string): Promise<void> {
    const generation = ++this.#generation;
    const token = await this.#auth.token();
    const same = await this.group.holds(this.url, this.options.tokenParam, token);
    if (generation !== this.#generation || !this.#active) return;
    if (same) return this.group.ask(ask);
    this.#exit('connecting', 'replaced');
    void this.#open(token ?? undefined);
  }

  /** This tab's turn to hold the group's socket: open it at once, without a backoff wait. */
  protected override lead(): void {
    const state = this.state;
    if (state === 'reconnecting') void this.#open(this.token!);
    else if (state === 'open' || state === 'connecting') this.#dial(this.token!);
    // A refused token's group is no one's to lead: out, as its last leader went (see #refused).
    else if (state === 'unauthenticated') this.group.leave();
    // failed, closed: the group stays as its last leader left it, until asked.
  }

  /** Leaves the tab group, if any (a leader hands its socket over), and stops: see #teardown. */
  #exit(next: ConnectionState, reason: string): void {
    this.group.leave(() => this.#teardown(next, reason));
  }

  /** A fresh start: full retry budget, no probe debt, no refused token remembered. */
  #forgetFailures(): void {
    this.retry.attempts = 0;
    this.#auth.forget();
  }

  /**
   * The one way this connection stops what it is doing (disconnect, back-forward cache,
   * signed out elsewhere, a new attempt): late async work is dropped (generation), the retry
   * timer stops, messages already received are delivered, the state becomes `next` (an idle
   * connection stays idle), and only then is the socket closed and its close reported.
   */
  #teardown(next: ConnectionState, reason: string): void {
    this.#generation += 1;
    this.retry.cancel();
    const socket = this.#socket;
    // A follower has no socket but was open all the same.
    const wasOpen = this.state === 'open';
    this.#socket = null;
    this.socketGone();
    if (this.state !== 'idle' || next !== 'closed') this.setState(next);
    dropSocket(socket, 1000, reason);
    // Its own close event is no longer listened to; listeners still learn that it closed.
    if (wasOpen) this.emit('streamspace-close', { code: 1000, reason, wasClean: true });
  }
}
