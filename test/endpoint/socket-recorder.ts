// A raw browser WebSocket that records what the endpoint sends, for tests of the endpoint itself.

export interface ReceivedMessage {
  type: string;
  timestamp: string;
  data: Record<string, unknown> | null;
}

export class SocketRecorder {
  readonly socket: WebSocket;
  readonly frames: string[] = [];
  readonly messages: ReceivedMessage[] = [];
  /** Lines that were not JSON (raw frames). */
  readonly badLines: string[] = [];
  opened = false;
  errored = false;
  /** Resolves with the close event, whatever the reason. */
  readonly closed: Promise<CloseEvent>;
  #waiters: Array<() => void> = [];

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.addEventListener('open', () => (this.opened = true));
    this.socket.addEventListener('error', () => (this.errored = true));
    this.socket.addEventListener('message', (event: MessageEvent<string>) => {
      this.frames.push(event.data);
      for (const line of event.data.split('\n')) this.#record(line);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => this.socket.addEventListener('close', resolve, { once: true }));
  }

  #record(line: string): void {
    try {
      this.messages.push(JSON.parse(line) as ReceivedMessage);
    } catch {
      this.badLines.push(line);
    }
  }

  /** Resolves once `count` messages (lines) have arrived in total. */
  async untilMessages(count: number): Promise<ReceivedMessage[]> {
    while (this.messages.length < count) {
      await new Promise<void>((wake) => this.#waiters.push(wake));
    }
    return this.messages;
  }

  /** Resolves once `count` frames have arrived in total. */
  async untilFrames(count: number): Promise<string[]> {
    while (this.frames.length < count) {
      await new Promise<void>((wake) => this.#waiters.push(wake));
    }
    return this.frames;
  }

  /** Resolves once a message of `type` has arrived. */
  async untilType(type: string): Promise<ReceivedMessage> {
    for (;;) {
      const found = this.messages.find((message) => message.type === type);
      if (found) return found;
      await new Promise<void>((wake) => this.#waiters.push(wake));
    }
  }

  close(): void {
    this.socket.close();
  }
}
