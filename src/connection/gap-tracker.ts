import { messageKey } from '../protocol/message-key.js';
import { SERVER_SEND_BUFFER } from '../protocol/limits.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';
import { messageOf, type RejectedLine, type RejectReason } from '../protocol/parse-frame.js';
import { sampleOf } from '../protocol/redact.js';
import type { CatchUpDetail, ConnectionState, ErrorDetail, GapDetail } from './events.js';
import { userKey } from './user-key.js';

/**
 * Why messages may be missing: `reconnect` (from a close to the next open), `away` (from the
 * last moment any tab of this user was connected to the first open of a new visit),
 * `server-overflow` (a frame of `SERVER_SEND_BUFFER` lines or more: the server's buffer was full).
 */
export type GapReason = 'reconnect' | 'away' | 'server-overflow';

/** A span in which this user's browser meant to be connected and had no open socket (epoch ms). */
export interface GapSpan {
  from: number;
  to: number;
  reason: GapReason;
}

/** What a page's `catchUp` is asked for: a gap, and a signal that aborts when the socket goes. */
export interface CatchUpRequest {
  from: Date;
  to: Date;
  reason: GapReason;
  signal: AbortSignal;
}

/** Fetches what the page's own source holds for a gap, as messages in the wire format (`{type, timestamp, data}`). */
export type CatchUp = (gap: CatchUpRequest) => Promise<unknown[]>;

/** Default `gap-threshold` (ms): a shorter reconnect or handover between tabs is no gap. */
export const DEFAULT_GAP_THRESHOLD = 2000;
/** A `catchUp` that has not answered by then has failed (ms). */
export const CATCH_UP_TIMEOUT_MS = 15_000;
/** How often the tab holding an open socket notes that the user is still connected (ms): a crashed browser's gap starts at most this early. */
export const CONNECTED_HEARTBEAT_MS = 15_000;
/** localStorage key prefix of the last moment a tab of the user (key) was connected. */
export const LAST_CONNECTED_KEY = 'streamspace-connected-';

/** The same gap has the same id in every tab and in storage. */
export const gapId = ({ reason, from }: GapSpan): string => `${reason}-${from}`;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** What the tracker needs from its connection (closures over its private parts). */
export interface GapTrackerHost {
  state(): ConnectionState;
  /** This tab follows another that holds the group's socket. */
  following(): boolean;
  options(): {
    gapThreshold: number;
    catchUp: CatchUp | null;
    knownMessages: (() => Promise<(message: StreamSpaceMessage) => boolean>) | null;
  };
  addEventListener(type: string, listener: (event: Event) => void): void;
  /** Fires a lifecycle event here and, from the leader, in the group's other tabs. */
  emit(type: 'streamspace-gap', detail: GapDetail): void;
  emit(type: 'streamspace-catch-up', detail: CatchUpDetail): void;
  emit(type: 'streamspace-error', detail: ErrorDetail): void;
  /** Fires messages a catch-up brought, marked `replayed`. */
  replay(messages: readonly StreamSpaceMessage[]): void;
  rejected(line: RejectedLine): void;
  /** For tests: the clock, the storage of the last connected moment (default localStorage), the catch-up timeout. */
  now?(): number;
  storage?: Storage | null;
  timeout?: number;
}

/** A gap event's detail (Dates) as a span (epoch ms). */
export const spanOf = ({ from, to, reason }: GapDetail): GapSpan => ({ from: +from, to: +to, reason });
const detailOf = ({ from, to, reason }: GapSpan): GapDetail => ({ from: new Date(from), to: new Date(to), reason });

/**
 * A connection's gaps ("Gaps and catch-up", DESIGN.md).
 *
 * Finding them: the tab that holds the socket sees its opens, closes and frame sizes. The last
 * moment a socket of the user was open is kept per user (`LAST_CONNECTED_KEY`: on open, every
 * `CONNECTED_HEARTBEAT_MS`, on close), so a new leader or a new visit knows when the last one
 * stopped. It fires `streamspace-gap`, which the group relays: every tab hears of a gap once.
 * Nothing per message: `frame` compares a line count.
 *
 * Filling them: every tab keeps the gaps not filled yet; the tab holding the open socket calls
 * the page's `catchUp`, one gap at a time, and fires `streamspace-catch-up` with the new messages,
 * which every tab then fires as the usual events with `replayed: true`. A failure (rejection, no
 * answer in `CATCH_UP_TIMEOUT_MS`) keeps the gap for the next open and is reported once per
 * gap; a close aborts the call (its `signal`) and keeps the gap, silently.
 */
export class GapTracker {
  readonly #host: GapTrackerHost;
  readonly #storage: Storage | null;
  /** The user whose socket this tab holds open. */
  #user: string | null = null;
  /** This page saw its socket (or its group's) open already: the next gap is a reconnect, not an away. */
  #visited = false;
  /** When this tab took over a group it saw open: the old socket was alive until about then (a crashed leader's lock goes with it). */
  #tookOver: number | undefined;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #overflow: GapSpan | null = null;
  #overflowTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #pending = new Map<string, GapSpan>();
  readonly #reported = new Set<string>();
  #running: AbortController | null = null;

  constructor(host: GapTrackerHost) {
    this.#host = host;
    let storage: Storage | null = null;
    try {
      storage = host.storage === undefined ? localStorage : host.storage;
    } catch {
      // No storage here (a sandboxed frame): a new visit cannot tell how long it was away.
    }
    this.#storage = storage;
    // Fired here, or relayed from the tab that found or filled it.
    host.addEventListener('streamspace-gap', (event) => {
      const gap = spanOf((event as CustomEvent<GapDetail>).detail);
      this.#pending.set(gapId(gap), gap);
      this.run();
    });
    host.addEventListener('streamspace-catch-up', (event) => {
      const detail = (event as CustomEvent<CatchUpDetail>).detail;
      this.#pending.delete(gapId(spanOf(detail)));
      host.replay(detail.messages);
    });
    host.addEventListener('streamspace-open', () => {
      // Another tab's socket opened: this visit has begun, so a gap when this tab takes over is a reconnect.
      if (host.following()) this.#visited = true;
      this.run();
    });
    host.addEventListener('streamspace-close', () => this.#abort());
  }

  /** Gaps not filled yet. */
  get pending(): number {
    return this.#pending.size;
  }

  /** This tab now holds its group's lock; its socket opens next. */
  leading(): void {
    this.#tookOver = this.#host.state() === 'open' ? this.#now() : undefined;
  }

  /** This tab's socket opened (also when it takes over the group's): a gap since the user was last connected? */
  opened(token: string): void {
    const at = this.#now();
    const tookOver = this.#tookOver ?? -Infinity;
    this.#tookOver = undefined;
    const reason: GapReason = this.#visited ? 'reconnect' : 'away';
    this.#visited = true;
    void userKey(token).then((user) => {
      if (!user || this.#host.state() !== 'open') return;
      const last = Math.max(Number(this.#storage?.getItem(LAST_CONNECTED_KEY + user) ?? NaN), tookOver);
      this.#user = user;
      this.#note(at);
      clearInterval(this.#heartbeat);
      this.#heartbeat = setInterval(() => this.#note(this.#now()), CONNECTED_HEARTBEAT_MS);
      if (last < at && at - last > this.#host.options().gapThreshold) this.#found({ from: last, to: at, reason });
    });
  }

  /** A frame of this tab's socket had `lines` lines. Full frames close together are one gap, reported a threshold after the last. */
  frame(lines: number): void {
    if (lines < SERVER_SEND_BUFFER) return;
    const now = this.#now();
    if (this.#overflow) this.#overflow.to = now;
    else this.#overflow = { from: now, to: now, reason: 'server-overflow' };
    clearTimeout(this.#overflowTimer);
    this.#overflowTimer = setTimeout(() => this.#flushOverflow(), this.#host.options().gapThreshold);
  }

  /** This tab's socket closed or was handed over: the user was connected until now. */
  closed(): void {
    this.#note(this.#now());
    this.#user = null;
    clearInterval(this.#heartbeat);
    this.#flushOverflow();
    this.#abort();
  }

  /** Fills the oldest gap not filled yet, then the next, while this tab holds the open socket. */
  run(): void {
    const host = this.#host;
    const { catchUp, knownMessages } = host.options();
    const gap = this.#pending.values().next().value;
    if (this.#running || !catchUp || !gap || host.state() !== 'open' || host.following()) return;
    const controller = (this.#running = new AbortController());
    const id = gapId(gap);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = new Promise<unknown[]>((resolve, reject) => {
      timer = setTimeout(reject, host.timeout ?? CATCH_UP_TIMEOUT_MS);
      catchUp({ ...detailOf(gap), signal: controller.signal }).then(resolve, reject);
    });
    void Promise.all([answer, knownMessages?.()]).then(
      ([items, known]) => {
        clearTimeout(timer);
        if (this.#running !== controller) return;
        this.#running = null;
        if (!Array.isArray(items)) throw 0;
        const messages: StreamSpaceMessage[] = [];
        // One source answers: a message it lists twice has the same key both times.
        const seen = new Set<string>();
        for (const item of items) {
          const message = messageOf(item);
          const key = typeof message === 'string' ? '' : messageKey(message);
          if (!key) host.rejected({ reason: message as RejectReason, sample: sampleOf(String(JSON.stringify(item))) });
          else if (!seen.has(key) && !known?.(message as StreamSpaceMessage)) messages.push(message as StreamSpaceMessage);
          seen.add(key);
        }
        this.#pending.delete(id);
        host.emit('streamspace-catch-up', { ...detailOf(gap), count: messages.length, messages });
        this.run();
      },
    ).catch(() => {
      clearTimeout(timer);
      // Aborted because the socket went: not a failure of the page's source.
      if (this.#running !== controller && controller.signal.aborted) return;
      this.#running = null;
      controller.abort();
      if (this.#reported.has(id)) return;
      this.#reported.add(id);
      host.emit('streamspace-error', { reason: 'catch-up-failed' });
    });
  }

  #abort(): void {
    this.#running?.abort();
    this.#running = null;
  }

  #found(gap: GapSpan): void {
    this.#host.emit('streamspace-gap', detailOf(gap));
  }

  #flushOverflow(): void {
    clearTimeout(this.#overflowTimer);
    if (this.#overflow) this.#found(this.#overflow);
    this.#overflow = null;
  }

  #note(at: number): void {
    try {
      if (this.#user) this.#storage?.setItem(LAST_CONNECTED_KEY + this.#user, String(at));
    } catch {
      // Storage full or refused: the next visit cannot tell how long it was away.
    }
  }

  #now(): number {
    return this.#host.now?.() ?? Date.now();
  }
}
