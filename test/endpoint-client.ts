// Browser-side handle on a StreamSpace-like endpoint started by the test server
// (test/endpoint-commands.ts). One endpoint per test: `const ep = await startEndpoint()`,
// then `await ep.close()` in afterEach.
import { executeServerCommand } from '@web/test-runner-commands';
import type * as T from './runner/endpoint-commands.types.js';

export type { BroadcastArgs, BroadcastMethod, WireMessage } from './runner/endpoint-commands.types.js';

const run = <R, P>(command: string, payload: P): Promise<R> =>
  executeServerCommand<R, P>(`streamspace-endpoint-${command}`, payload);

export class TestEndpoint {
  constructor(
    readonly id: string,
    /** `ws://127.0.0.1:PORT/api/v1/ws/enterprise` */
    readonly url: string,
    readonly httpUrl: string,
  ) {}

  /** A signed HS256 token for `userId` (expired, or signed with a wrong secret, on request). */
  async token(userId = 'alice', options: Omit<T.EndpointTokenPayload, 'id' | 'userId'> = {}): Promise<string> {
    const { token } = await run<{ token: string }, T.EndpointTokenPayload>('token', { id: this.id, userId, ...options });
    return token;
  }

  /** The endpoint URL carrying `token` the way browsers must send it. */
  urlWithToken(token: string): string {
    return `${this.url}?token=${encodeURIComponent(token)}`;
  }

  /** Calls a Go-style broadcast helper, e.g. `broadcast('broadcastSecurityAlert', 'alice', 'failed_login', 'high', 'msg')`. */
  async broadcast<M extends T.BroadcastMethod>(method: M, ...args: T.BroadcastArgs[M]): Promise<number> {
    const payload = { id: this.id, method, args } as T.EndpointBroadcastPayload;
    return (await run<T.DeliveredResult, T.EndpointBroadcastPayload>('broadcast', payload)).delivered;
  }

  /** Any message, to one user or to everyone (`null`); `timestamp` defaults to now. */
  async send(userId: string | null, message: T.WireMessage): Promise<number> {
    return (await run<T.DeliveredResult, T.EndpointSendPayload>('send', { id: this.id, userId, message })).delivered;
  }

  /** Queues all `messages` at once: the server writes them as newline-joined frame(s) (≤ 256 lines each). */
  async burst(userId: string | null, messages: T.WireMessage[]): Promise<number> {
    return (await run<T.DeliveredResult, T.EndpointBurstPayload>('burst', { id: this.id, userId, messages })).delivered;
  }

  /** Writes `frame` verbatim as one text frame, to one user or to everyone. */
  async raw(frame: string, userId: string | null = null): Promise<number> {
    return (await run<T.DeliveredResult, T.EndpointRawPayload>('raw', { id: this.id, userId, frame })).delivered;
  }

  /** Drops every connection: cleanly with `code`, else abruptly (the browser sees 1006). */
  async drop(code?: number, reason?: string): Promise<number> {
    return (await run<T.CountResult, T.EndpointDropPayload>('drop', { id: this.id, code, reason })).count;
  }

  /** Makes every client "stop reading": queues fill until the 256-message buffer overflows. */
  async stall(stalled = true): Promise<void> {
    await run('stall', { id: this.id, stalled });
  }

  /** Resolves once everything queued has been written to the sockets. */
  async idle(): Promise<void> {
    await run('idle', { id: this.id });
  }

  async revokeUser(userId: string): Promise<void> {
    await run<unknown, T.EndpointRevokePayload>('revoke', { id: this.id, userId });
  }

  async revokeToken(token: string): Promise<void> {
    await run<unknown, T.EndpointRevokePayload>('revoke', { id: this.id, token });
  }

  /** Disables `userId`'s account (403 for its tokens), or enables it again. */
  async disableUser(userId: string, disabled = true): Promise<void> {
    await run<unknown, T.EndpointDisablePayload>('disable', { id: this.id, userId, disabled });
  }

  /** Replaces the WebSocket origin allow-list; no argument: the test page's origins again. */
  async allowOrigins(allowedOrigins?: string[]): Promise<void> {
    await run<unknown, T.EndpointOriginsPayload>('origins', { id: this.id, allowedOrigins });
  }

  /** Upgrade requests (handshakes) and plain requests (probes) the endpoint received so far. */
  async stats(): Promise<T.EndpointStats> {
    return run<T.EndpointStats, T.EndpointRef>('stats', { id: this.id });
  }

  /** Every text the user's clients sent, in order (the server itself discards them). */
  async received(userId: string): Promise<string[]> {
    return (await run<T.ListResult<string>, T.EndpointUserPayload>('received', { id: this.id, userId })).items;
  }

  /** When each socket of the user was registered (epoch ms, the test machine's clock), in order. */
  async opened(userId: string): Promise<number[]> {
    return (await run<T.ListResult<number>, T.EndpointUserPayload>('opened', { id: this.id, userId })).items;
  }

  async clients(userId?: string): Promise<number> {
    return (await run<T.CountResult, T.EndpointClientsPayload>('clients', { id: this.id, userId })).count;
  }

  /** Server down: connections cut and new ones refused until `restart()`. */
  async stop(): Promise<void> {
    await run('stop', { id: this.id });
  }

  async restart(): Promise<void> {
    await run('restart', { id: this.id });
  }

  /** Status of an upgrade sent from Node with a chosen `Origin` (101, 400, 401 or 403). */
  async upgradeStatusFrom(origin: string, token: string): Promise<number> {
    return (await this.upgradeFrom(origin, token)).status;
  }

  /** An upgrade sent from Node with a chosen `Origin`: its status and refusal body. */
  async upgradeFrom(origin: string, token: string, authorization?: string): Promise<T.StatusResult> {
    const payload = { id: this.id, origin, token, authorization };
    return run<T.StatusResult, T.EndpointOriginProbePayload>('origin-probe', payload);
  }

  async close(): Promise<void> {
    await run('close', { id: this.id });
  }
}

export async function startEndpoint(options: T.EndpointStartPayload = {}): Promise<TestEndpoint> {
  const { id, url, httpUrl } = await run<T.EndpointStartResult, T.EndpointStartPayload>('start', options);
  return new TestEndpoint(id, url, httpUrl);
}
