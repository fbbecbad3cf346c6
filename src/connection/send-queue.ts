/**
 * Outgoing messages held while the socket is not open, flushed in order on open.
 * Bounded so a page that keeps sending while offline cannot grow memory without end:
 * when full, new messages are refused (the caller sees `send()` return false) rather than
 * silently dropping older ones it believed were queued.
 */
export class SendQueue {
  /** Changing it keeps what is queued; only later pushes see the new bound. */
  limit: number;
  #items: string[] = [];

  constructor(limit = 100) {
    this.limit = limit;
  }

  get size(): number {
    return this.#items.length;
  }

  /** false when the queue is full. */
  push(serialized: string): boolean {
    if (this.#items.length >= this.limit) return false;
    this.#items.push(serialized);
    return true;
  }

  /** Hands every queued message to `send`, oldest first; stops (keeping the rest) if it returns false. */
  flush(send: (serialized: string) => boolean): void {
    let sent = 0;
    while (sent < this.#items.length && send(this.#items[sent]!)) sent += 1;
    this.#items.splice(0, sent);
  }
}

/** What `send()` puts on the wire: strings as they are, anything else as JSON; undefined when it has no JSON form. */
export function serialize(data: unknown): string | undefined {
  try {
    return typeof data === 'string' ? data : JSON.stringify(data);
  } catch {
    // A cycle or a BigInt: not sendable.
    return undefined;
  }
}
