import { WebSocket } from 'ws';
import { SERVER_SEND_BUFFER } from '../../src/protocol/limits.js';

/** Messages a client may have waiting before the server gives up on it (Go: `make(chan, 256)`). */
export const SEND_BUFFER_SIZE = SERVER_SEND_BUFFER;

// Bytes the socket may hold unsent before the client counts as "behind". On loopback the kernel
// takes megabytes at once, so only a client that stopped reading ever gets here.
const SOCKET_HIGH_WATER = 1 << 20;
const DRAIN_POLL_MS = 5;

type QueueItem = string | { raw: string };

/**
 * One client's send side, emulating gorilla's `writePump`: messages wait in a bounded queue;
 * whatever is queued when the writer gets to it is written as ONE text frame joined with `\n`;
 * while a frame is still being written, new messages pile up for the next frame. A full queue
 * means the client fell behind. What happens then depends on the message, as in the hub:
 * a per-user message is dropped silently and the connection stays; a broadcast message is
 * dropped, what is queued is still written, then an empty close frame ends the connection
 * (the browser sees 1005).
 */
export class ClientWriter {
  #queue: QueueItem[] = [];
  #pendingWrites = 0;
  #flushTimer: NodeJS.Immediate | NodeJS.Timeout | null = null;
  #stalled = false;
  #closing = false;
  #done = false;
  #idleWaiters: Array<() => void> = [];

  constructor(
    private readonly socket: WebSocket,
    private readonly onOverflow: () => void,
    private readonly capacity = SEND_BUFFER_SIZE,
  ) {}

  /**
   * Queues one JSON line. `false` when it was dropped (client behind or gone). `perUser`: a
   * full queue drops it silently instead of ending the connection.
   */
  enqueue(line: string, perUser = false): boolean {
    return this.#push(line, perUser);
  }

  /** Queues text written as a frame of its own, exactly as given (for malformed-input tests). */
  enqueueRaw(text: string, perUser = false): boolean {
    return this.#push({ raw: text }, perUser);
  }

  /** Simulates a write that blocks (a client that stopped reading); `false` resumes. */
  stall(stalled: boolean): void {
    this.#stalled = stalled;
    if (!stalled) this.#schedule(() => setImmediate(() => this.#flush()));
  }

  get queued(): number {
    return this.#queue.length;
  }

  /** Resolves once everything queued has been handed to the socket. */
  whenIdle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Stops writing for good (the socket is closing or closed). */
  dispose(): void {
    this.#done = true;
    this.#queue = [];
    this.#clearTimer();
    this.#notifyIdle();
  }

  #push(item: QueueItem, perUser: boolean): boolean {
    if (this.#done || this.#closing) return false;
    if (this.#queue.length >= this.capacity) {
      // Go: `select { case client.send <- msg: default: }`; the client never learns of it.
      if (perUser) return false;
      this.#closing = true;
      this.onOverflow();
      this.#schedule(() => setImmediate(() => this.#flush()));
      return false;
    }
    this.#queue.push(item);
    // Go's writer drains concurrently with the producer, so a full queue only sticks when the
    // socket itself is blocked; write now rather than overflow a client that keeps up.
    if (this.#queue.length >= this.capacity && this.#canWrite()) this.#flush(true);
    else this.#schedule(() => setImmediate(() => this.#flush()));
    return true;
  }

  #canWrite(): boolean {
    return !this.#stalled && this.socket.readyState === WebSocket.OPEN && this.socket.bufferedAmount <= SOCKET_HIGH_WATER;
  }

  /** `force` writes even while a frame is in flight (the queue is full and the socket keeps up). */
  #flush(force = false): void {
    this.#clearTimer();
    if (this.#done || this.#stalled || (this.#pendingWrites > 0 && !force)) return;
    if (this.socket.readyState !== WebSocket.OPEN) return this.dispose();
    if (this.#queue.length === 0) {
      if (this.#closing && this.#pendingWrites === 0) this.#closeEmpty();
      return this.#notifyIdle();
    }
    // Backed up: a pending write's callback flushes again; with none, poll the socket.
    if (!this.#canWrite()) {
      if (this.#pendingWrites === 0) this.#schedule(() => setTimeout(() => this.#flush(), DRAIN_POLL_MS));
      return;
    }
    this.#write(this.#takeFrame());
  }

  #takeFrame(): string {
    const first = this.#queue[0];
    if (typeof first !== 'string') {
      this.#queue.shift();
      return first!.raw;
    }
    const rawAt = this.#queue.findIndex((item) => typeof item !== 'string');
    const lines = this.#queue.splice(0, rawAt === -1 ? this.#queue.length : rawAt) as string[];
    return lines.join('\n');
  }

  #write(frame: string): void {
    this.#pendingWrites += 1;
    this.socket.send(frame, (error) => {
      this.#pendingWrites -= 1;
      if (error) return this.dispose();
      if (this.#pendingWrites === 0) this.#flush();
    });
  }

  #closeEmpty(): void {
    this.#done = true;
    // No status code: gorilla writes `CloseMessage` with an empty payload.
    this.socket.close();
  }

  #schedule(start: () => NodeJS.Immediate | NodeJS.Timeout): void {
    // While a frame is being written, its callback flushes; messages pile up meanwhile.
    if (this.#flushTimer || this.#pendingWrites > 0) return;
    this.#flushTimer = start();
  }

  #clearTimer(): void {
    if (!this.#flushTimer) return;
    clearImmediate(this.#flushTimer as NodeJS.Immediate);
    clearTimeout(this.#flushTimer as NodeJS.Timeout);
    this.#flushTimer = null;
  }

  #isIdle(): boolean {
    return this.#done || (this.#queue.length === 0 && this.#pendingWrites === 0);
  }

  #notifyIdle(): void {
    if (!this.#isIdle()) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
