import type { ConnectionState } from '../events.js';
import type { RetrySchedule } from '../retry-schedule.js';
import type { SendQueue } from '../send-queue.js';
import { groupKey } from './group-key.js';

/** `leader`: this tab holds the group's socket; `follower`: another tab does (or none yet); `off`: a socket of its own. */
export type Sharing = 'leader' | 'follower' | 'off';

/** What a group needs from its connection (closures over the connection's private state). */
export interface GroupHost {
  state(): ConnectionState;
  /** Mirrored in place on followers: `attempts` and `nextAt`. */
  readonly retry: RetrySchedule;
  readonly queue: SendQueue;
  setState(state: ConnectionState): void;
  emit(type: string, detail: unknown): void;
  /** A frame of the group's socket, relayed: parsed and delivered here as if it were this tab's. */
  receive(frame: unknown): void;
  /** send(), on the leader. */
  send(data: string): void;
  /** This tab holds the lock now and the previous leader is gone: open the group's socket. */
  lead(): void;
  /** A follower asked the leader to `reconnect` now, or to `retry` a waiting attempt (online, visible). */
  ask(kind: unknown): void;
  /** Another tab of the group saw the token removed. */
  signOut(): void;
  /** `presenting` changed. */
  present(): void;
}

/** Channel messages carry this; any other version (an older or newer tab) is ignored. */
const VERSION = 1;
const NAME = 'streamspace-ws:';

/** Web Locks, BroadcastChannel and crypto.subtle: without one of them, each tab keeps its own socket. */
export const canShare = (): boolean =>
  typeof navigator === 'object' && !!navigator.locks && typeof BroadcastChannel === 'function' && !!globalThis.crypto?.subtle;

// Channel message fields (one letter: they cross the channel once per frame):
// v version, k kind, i sender, to addressee; u last use, r reply wanted; s/a/n state, attempts,
// next retry; f frame; t/d event type and detail; q ask kind; m send number; x send data.
interface Message {
  v: number;
  k: string;
  i: string;
  to?: string;
  [field: string]: unknown;
}

/**
 * One connection's membership in its tab group ("One socket per browser", DESIGN.md).
 *
 * Election: every member queues on the Web Lock `streamspace-ws:<group>`; the holder leads,
 * opens the socket and relays each raw frame and lifecycle event on the BroadcastChannel of the
 * same name, but only while other members exist, so a lone tab pays nothing per message.
 * Members announce themselves (`u`, answered by the others) and leave with `bye`; a member that
 * crashes is noticed through its membership lock. A leader that leaves closes its socket, says
 * `bye` and releases the lock; the lock's release is what hands the socket over. The `bye` is
 * best-effort (a closing tab's may never be delivered): the next holder leads on it, or once
 * the channel has brought everything posted before the release (#takeOver), never on a timer.
 * The predecessor's last frames, should any still be on their way, are delivered until the
 * first frame of the new socket.
 *
 * Followers' `send()` goes to the leader, numbered, and stays here until the leader acknowledges
 * it; what a leaving leader never acknowledged is sent again to the next one.
 *
 * Presence: the member the user used last (focus, pointer press, key press, becoming visible
 * while focused, or loading focused) is the one that `presenting`: it alone shows toasts and
 * desktop notifications for the group's messages.
 */
export class TabGroup {
  /** The group joined, or null. */
  key: string | null = null;
  readonly #host: GroupHost;
  readonly #id = crypto.randomUUID();
  #channel: BroadcastChannel | null = null;
  /** Aborts the lock request and removes the page listeners when this tab leaves. */
  #abort: AbortController | null = null;
  /** The lock is held and the previous leader is gone: this tab's socket is the group's. */
  #leading = false;
  /** The other leader this tab knows of, until its `bye`. */
  #leader: string | null = null;
  /** The leader before that one: its last frames are delivered until the new leader's first. */
  #predecessor: string | null = null;
  /** Holding the lock, waiting for the channel to bring the previous leader's last words (#takeOver). */
  #flushing: BroadcastChannel | null = null;
  /** The other members, each with its last use (ms). */
  readonly #members = new Map<string, number>();
  #used = 0;
  #presenting = true;
  /** Follower sends not yet acknowledged: [number, data, posted]. */
  #out: [number, string, boolean][] = [];
  #sent = 0;

  constructor(host: GroupHost) {
    this.#host = host;
  }

  get role(): Exclude<Sharing, 'off'> {
    return this.#leading ? 'leader' : 'follower';
  }

  /** Whether this tab is the one the user used last; true when alone. */
  get presenting(): boolean {
    return this.#presenting;
  }

  /** Follower sends waiting for a leader. */
  get queued(): number {
    return this.#out.length;
  }

  keyFor(url: string, tokenParam: string, token: string): Promise<string | null> {
    return groupKey({ origin: location.origin, url, tokenParam, token });
  }

  /** Joins group `key` as a follower; `lead()` is called once this tab's turn comes. */
  join(key: string): void {
    const name = NAME + key;
    this.key = key;
    const { signal } = (this.#abort = new AbortController());
    // Locks are held until this tab leaves (abort); one granted after that is released at once.
    const hold = (lock: string, then: () => void) =>
      navigator.locks
        .request(lock, { signal }, () => {
          if (signal.aborted) return;
          then();
          // `then` may have left already (a new leader with nothing to lead): release at once.
          return signal.aborted ? undefined : new Promise((release) => signal.addEventListener('abort', release));
        })
        .catch(() => {
          // Aborted: this tab left while waiting.
        });
    // Its membership lock first: whoever hears of this tab learns from that lock when it is gone,
    // with or without a `bye` (a crash).
    hold(`${name}:${this.#id}`, () => {
      const channel = (this.#channel = new BroadcastChannel(name));
      channel.onmessage = (event) => this.#receive(event.data);
      const use = () => this.#use();
      for (const type of ['focus', 'pointerdown', 'keydown']) addEventListener(type, use, { capture: true, signal });
      document.addEventListener('visibilitychange', () => !document.hidden && document.hasFocus() && use(), { signal });
      if (document.hasFocus()) this.#used = this.#newest();
      this.#post({ k: 'u', u: this.#used, r: 1 });
      hold(name, () => this.#takeOver());
    });
  }

  /**
   * Leaves the group: stops relaying, runs `stop` (the connection closes its socket, quietly for
   * the others), says `bye`, then lets the next tab take the lock.
   */
  leave(stop?: () => void): void {
    const leading = this.#leading;
    this.#leading = false;
    stop?.();
    if (!this.key) return;
    // This tab's own unsent messages stay with it, for whichever tab leads when it is back.
    if (leading) this.#host.queue.flush((data) => (this.#out.push([++this.#sent, data, false]), true));
    // A send in flight may have been sent: once at most, so it is not sent again.
    this.#out = this.#out.filter((item) => !item[2]);
    this.#post({ k: 'bye' });
    this.#abort?.abort();
    this.#channel?.close();
    this.#flushing?.close();
    this.key = this.#channel = this.#abort = this.#leader = this.#predecessor = this.#flushing = null;
    this.#members.clear();
    this.#present();
  }

  /**
   * This leader's socket closed "going away" (1001): leaves at once if others follow, so its
   * close is never relayed and the next tab takes over unseen, as from a leaving page.
   */
  handOver(): void {
    if (this.#leading && this.#members.size) this.leave();
  }

  /** A frame of this tab's socket (the hot path: nothing to do unless others listen). */
  frame(frame: unknown): void {
    // The new socket's first frame: whatever the last leader's socket sent is in, or lost.
    this.#predecessor = null;
    if (this.#leading && this.#members.size) this.#post({ k: 'f', f: frame });
  }

  /** A lifecycle event of this tab's socket, for the followers to fire too (they parse frames, so
   * they find their own invalid lines). */
  event(type: string, detail: unknown): void {
    if (this.#leading && this.#members.size && type !== 'streamspace-invalid-message') this.#post({ k: 'e', t: type, d: detail, ...this.#status() });
  }

  /** A follower's send: to the leader, or held (bounded) until there is one. */
  send(data: string): boolean {
    if (this.#out.length >= this.#host.queue.limit) return false;
    this.#out.push([++this.#sent, data, false]);
    this.#flush();
    return true;
  }

  /** Asks the leader to `reconnect` or `retry`. */
  ask(kind: string): void {
    this.#post({ k: 'ask', q: kind });
  }

  /** Tells the others that the token is gone: the whole group signs out. */
  signOut(): void {
    this.#post({ k: 'out' });
  }

  #post(message: Omit<Message, 'v' | 'i'>): void {
    this.#channel?.postMessage({ v: VERSION, i: this.#id, ...message });
  }

  #status() {
    const { state, retry } = this.#host;
    return { s: state(), a: retry.attempts, n: retry.nextAt };
  }

  /**
   * The lock is ours: the previous leader released it, gone or leaving. Its `bye` usually came
   * first; if not (a crash, or a tab closing in Firefox, whose last message may never be
   * delivered), this tab posts a message to itself on the channel and leads when it comes back:
   * what the previous leader posted before it released the lock (its last frames and words) is
   * in by then. No timer: a hidden tab's may run a second late.
   */
  #takeOver(): void {
    if (!this.#leader) return this.#lead();
    const echo = (this.#flushing = new BroadcastChannel(NAME + this.key));
    echo.onmessage = (event) => {
      const m = event.data as Message | null;
      if (m?.k === 'flush' && m.i === this.#id) this.#flushed();
    };
    this.#post({ k: 'flush', to: this.#id });
  }

  /** The previous leader's `bye`, or this tab's own `flush`, came back: lead (once). */
  #flushed(): void {
    if (!this.#flushing) return;
    this.#flushing.close();
    this.#flushing = null;
    this.#lead();
  }

  #lead(): void {
    this.#follow(null);
    this.#leading = true;
    for (const [, data] of this.#out) this.#host.queue.push(data);
    this.#out = [];
    // Where the group stands, for every member: one that joined during the handover has not heard it.
    this.#post({ k: 'u', u: this.#used, ...this.#status() });
    this.#host.lead();
  }

  #receive(message: unknown): void {
    const m = message as Message | null;
    if (!m || m.v !== VERSION || typeof m.i !== 'string' || (m.to !== undefined && m.to !== this.#id)) return;
    const host = this.#host;
    const from = m.i;
    switch (m.k) {
      case 'u':
        this.#member(from, m.u);
        // A tab joined: tell it who is here, and, from the leader, where the group stands.
        if (m.r) this.#post({ k: 'u', to: from, u: this.#used, ...(this.#leading && this.#status()) });
        // With a state: from the leader (its answer to this tab, or its first word as leader).
        if (m.s && !this.#leading) {
          const opened = host.state() !== 'open' && m.s === 'open';
          this.#follow(from);
          this.#mirror(m);
          host.setState(m.s as ConnectionState);
          if (opened) host.emit('streamspace-open', {});
          this.#flush();
        }
        return;
      case 'bye':
        this.#gone(from);
        if (from === this.#leader || from === this.#predecessor) {
          // Whatever it did not acknowledge, it did not send; it sends no frame after this.
          if (from === this.#leader) this.#leader = null;
          this.#predecessor = null;
          for (const item of this.#out) item[2] = false;
          this.#flush();
          this.#flushed();
        }
        return;
      // Frames from the leader this tab follows, and its predecessor's last ones until then.
      case 'f':
        if (from === this.#leader) this.#predecessor = null;
        if (from === this.#leader || from === this.#predecessor) host.receive(m.f);
        return;
      case 'e':
        if (from === this.#leader) {
          this.#mirror(m);
          if (m.t === 'streamspace-state') host.setState(m.s as ConnectionState);
          else host.emit(m.t as string, m.d);
        }
        return;
      case 's':
        if (this.#leading && typeof m.x === 'string') {
          host.send(m.x);
          this.#post({ k: 'ack', to: from, m: m.m });
        }
        return;
      case 'ack':
        this.#out = this.#out.filter((item) => item[0] !== m.m);
        return;
      case 'ask':
        if (this.#leading) host.ask(m.q);
        return;
      case 'out':
        host.signOut();
    }
  }

  /** `leader` leads now (null: this tab); the one before, if it said no `bye`, becomes the predecessor. */
  #follow(leader: string | null): void {
    if (this.#leader !== leader && this.#leader) this.#predecessor = this.#leader;
    this.#leader = leader;
  }

  /** Takes the leader's attempts and next retry (the leader's own messages: trusted as sent). */
  #mirror(m: Message): void {
    this.#host.retry.attempts = m.a as number;
    this.#host.retry.nextAt = m.n as number | null;
  }

  /** Posts every held send to the leader, if one is known. */
  #flush(): void {
    const to = this.#leader;
    if (!to || this.#leading) return;
    for (const item of this.#out) {
      if (item[2]) continue;
      item[2] = true;
      this.#post({ k: 's', to, m: item[0], x: item[1] });
    }
  }

  #member(id: string, used: unknown): void {
    // First heard of: watch its membership lock, granted once it is gone.
    if (!this.#members.has(id)) {
      navigator.locks.request(`${NAME}${this.key}:${id}`, { signal: this.#abort!.signal }, () => this.#gone(id)).catch(() => {});
    }
    this.#members.set(id, typeof used === 'number' ? used : 0);
    this.#present();
  }

  /** A member left or crashed (a leader's departure is the group lock's business, see #takeOver). */
  #gone(id: string): void {
    this.#members.delete(id);
    this.#present();
  }

  /** A time later than every member's last use (clocks of two tabs may tie). */
  #newest(): number {
    return Math.max(Date.now(), this.#used, ...this.#members.values()) + 1;
  }

  #use(): void {
    this.#used = this.#newest();
    this.#post({ k: 'u', u: this.#used });
    this.#present();
  }

  #present(): void {
    let newest = true;
    for (const [id, used] of this.#members) if (used > this.#used || (used === this.#used && id > this.#id)) newest = false;
    if (newest === this.#presenting) return;
    this.#presenting = newest;
    this.#host.present();
  }
}
