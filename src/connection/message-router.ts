import { parseFrame, type RejectedLine } from '../protocol/parse-frame.js';
import type { StreamSpaceMessage } from '../protocol/messages.js';
import { reportError } from '../internal/report-error.js';
import { MessageBacklog } from './message-backlog.js';

export type MessageSubscriber = (message: StreamSpaceMessage) => void;

const receiptTime = () => new Date().toISOString();

/**
 * The message path of a connection: frames in; subscribers called and events fired on
 * `target`, in order, out. Events are built only for the types someone listens to on
 * `target` (see `listen`), since most pages listen on the element, not on the connection.
 */
export class MessageRouter {
  /** The last message delivered. */
  lastMessage: StreamSpaceMessage | null = null;
  readonly #target: EventTarget;
  readonly #onRejected: (line: RejectedLine) => void;
  /** Replaced, never mutated, so delivery can iterate it without a copy or an iterator. */
  #subscribers: readonly MessageSubscriber[] = [];
  /** Once listened to, a type stays: dispatching to nobody is harmless, and removals
   * (including `once` and `signal`) cannot be tracked exactly. */
  readonly #listened = new Set<string>();
  readonly #backlog = new MessageBacklog((message) => this.#deliver(message));

  constructor(target: EventTarget, onRejected: (line: RejectedLine) => void) {
    this.#target = target;
    this.#onRejected = onRejected;
  }

  subscribe(subscriber: MessageSubscriber): () => void {
    this.#subscribers = [...this.#subscribers, subscriber];
    return () => {
      this.#subscribers = this.#subscribers.filter((s) => s !== subscriber);
    };
  }

  /** Someone listens for `type` on the target. */
  listen(type: string): void {
    this.#listened.add(type);
  }

  /**
   * Parses a frame; its messages are delivered now or in the next slices (see MessageBacklog).
   * Returns its line count (blank lines aside), which tells a full server buffer.
   */
  receive(frame: unknown): number {
    const { messages, rejected } = parseFrame(frame, receiptTime);
    if (messages.length) this.#backlog.push(messages);
    for (const line of rejected) this.#onRejected(line);
    return messages.length + rejected.length;
  }

  /** Delivers messages a catch-up fetched, after what waits, each marked `replayed`. */
  replay(messages: readonly StreamSpaceMessage[]): void {
    this.#backlog.flush();
    for (const message of messages) this.#deliver({ ...message, replayed: true });
  }

  /** Delivers every message still waiting, now. */
  flush(): void {
    this.#backlog.flush();
  }

  #deliver(message: StreamSpaceMessage): void {
    this.lastMessage = message;
    const subscribers = this.#subscribers;
    for (let i = 0; i < subscribers.length; i += 1) {
      try {
        subscribers[i]!(message);
      } catch (error) {
        reportError(error);
      }
    }
    const listened = this.#listened;
    if (listened.has(message.type)) this.#target.dispatchEvent(new CustomEvent(message.type, { detail: message }));
    if (listened.has('streamspace-message')) this.#target.dispatchEvent(new CustomEvent('streamspace-message', { detail: message }));
  }
}
