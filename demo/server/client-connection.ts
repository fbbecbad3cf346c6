import type { WebSocket } from 'ws';
import { ClientWriter } from './client-writer.js';

export interface ConnectionTiming {
  /** Go: `WebSocketPingInterval`, 54 s. */
  pingIntervalMs: number;
  /** Go: the read deadline, 60 s, pushed back by every pong. */
  pongWaitMs: number;
  sendBufferSize: number;
}

let nextSerial = 0;

/**
 * One accepted socket: its writer (batching, bounded queue), the ping ticker and the read
 * deadline. Whatever the client sends is read and discarded, as the backend does today.
 */
export class ClientConnection {
  readonly id: string;
  readonly writer: ClientWriter;
  #pingTimer: NodeJS.Timeout;
  #deadlineTimer: NodeJS.Timeout | null = null;
  #lastPongAt: number;
  #gone = false;

  constructor(
    readonly socket: WebSocket,
    readonly userId: string,
    timing: ConnectionTiming,
    /** Called once when this client leaves the hub (closed, dropped or fell behind). */
    private readonly onGone: (client: ClientConnection) => void,
    /** Sees each text the client sends (tests); the server itself discards it. */
    onMessage?: (data: string) => void,
  ) {
    this.id = `${userId}-${process.hrtime.bigint()}-${nextSerial++}`;
    this.writer = new ClientWriter(socket, () => this.#leave(), timing.sendBufferSize);
    this.#lastPongAt = Date.now();
    this.#pingTimer = setInterval(() => socket.ping(), timing.pingIntervalMs);
    this.#armDeadline(timing.pongWaitMs);
    socket.on('pong', () => {
      this.#lastPongAt = Date.now();
      this.#armDeadline(timing.pongWaitMs);
    });
    socket.on('message', (data) => onMessage?.(String(data)));
    socket.on('error', () => {});
    socket.on('close', () => this.#dispose());
  }

  /** Drops the connection: with a close code (clean), or abruptly (the browser sees 1006). */
  drop(code?: number, reason = ''): void {
    if (code === undefined) this.socket.terminate();
    else this.socket.close(code, reason);
  }

  /** Go's read deadline: a client that stops answering pings is cut off without a close frame. */
  #armDeadline(pongWaitMs: number): void {
    if (this.#deadlineTimer) clearTimeout(this.#deadlineTimer);
    this.#deadlineTimer = setTimeout(() => {
      // Timers run before pending I/O: let a pong already on the wire be read first.
      setImmediate(() => {
        if (Date.now() - this.#lastPongAt >= pongWaitMs) this.socket.terminate();
      });
    }, pongWaitMs);
  }

  #leave(): void {
    if (this.#gone) return;
    this.#gone = true;
    this.onGone(this);
  }

  #dispose(): void {
    clearInterval(this.#pingTimer);
    if (this.#deadlineTimer) clearTimeout(this.#deadlineTimer);
    this.writer.dispose();
    this.#leave();
  }
}
