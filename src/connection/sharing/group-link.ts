import { type GroupHost, type Sharing, TabGroup, canShare } from './tab-group.js';

/**
 * Everything a connection asks of tab sharing, null-safe: the tab group of the `share` option
 * (created on first use), its role, and the relays. Without sharing every call is a no-op and
 * the connection keeps a socket of its own.
 */
export class GroupLink {
  readonly #host: GroupHost;
  #group: TabGroup | null = null;
  /** Saying its last words to the group (see leaveAfter): no longer its member for this tab's own readers. */
  #leaving = false;

  constructor(host: GroupHost) {
    this.#host = host;
  }

  /** Whether this connection shares a socket (the `share` option, in a browser that can). */
  use(share: boolean): boolean {
    if (!share || !canShare()) this.#group = null;
    else this.#group ??= new TabGroup(this.#host);
    return !!this.#group;
  }

  /** `leader` while holding the group's lock, `follower` in a group another tab leads, else `off` (not in a group). */
  get role(): Sharing {
    return this.#group?.key && !this.#leaving ? this.#group.role : 'off';
  }

  /** In a group, led by another tab: this tab's attempts are the leader's to make. */
  get following(): boolean {
    return this.role === 'follower';
  }

  /** Sends wait for a leader: sharing and not leading (also before joining: the group's leader will send them). */
  get sendsViaLeader(): boolean {
    return this.#group?.role === 'follower';
  }

  get sharing(): boolean {
    return !!this.#group;
  }

  get presenting(): boolean {
    return this.#group?.presenting ?? true;
  }

  get queued(): number {
    return this.#group?.queued ?? 0;
  }

  /** Joins the group of this token's user and endpoint (leaving another); true when this tab is to open the socket. */
  async join(url: string, tokenParam: string, token: string): Promise<boolean> {
    const group = this.#group;
    if (!group) return true;
    const key = await group.keyFor(url, tokenParam, token);
    if (key && key !== group.key) {
      group.leave();
      group.join(key);
    }
    return !key || group.role === 'leader';
  }

  /** Whether `token` (null: none) belongs to the group this tab is in: same user, same endpoint. */
  async holds(url: string, tokenParam: string, token: string | null): Promise<boolean> {
    const group = this.#group;
    const key = group && token && (await group.keyFor(url, tokenParam, token));
    return !!key && key === group?.key;
  }

  /** Leaves the group, if any (a leader hands its socket over after `stop` closed it). */
  leave(stop?: () => void): void {
    if (this.#group) this.#group.leave(stop);
    else stop?.();
  }

  /** Runs `last` (events the others still hear, while this tab already reads `off`), then leaves. */
  leaveAfter(last: () => void): void {
    this.#leaving = true;
    try {
      last();
    } finally {
      this.#leaving = false;
      this.leave();
    }
  }

  /** The leader's socket went away (1001): hand over to the next tab before its close is relayed. */
  handOver(): void {
    this.#group?.handOver();
  }

  send(data: string): boolean {
    return !!this.#group?.send(data);
  }

  ask(kind: string): void {
    this.#group?.ask(kind);
  }

  frame(frame: unknown): void {
    this.#group?.frame(frame);
  }

  event(type: string, detail: unknown): void {
    this.#group?.event(type, detail);
  }

  signOut(): void {
    this.#group?.signOut();
  }
}
