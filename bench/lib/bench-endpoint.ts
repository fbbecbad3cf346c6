/** What the scenarios need from the StreamSpace-like endpoint (see endpoint-adapter.ts). */
export interface BenchEndpoint {
  /** ws://127.0.0.1:PORT/api/v1/ws/enterprise */
  readonly url: string;
  token(userId: string): Promise<string>;
  /** Writes each frame as one text frame, in order, to every connection of `userId`. */
  sendFrames(userId: string, frames: readonly string[]): Promise<void>;
  /** One `security.alert` through the endpoint's normal path (queued, newline-batched). */
  securityAlert(userId: string, alertType: string, severity: string, message: string): void;
  /** Resolves once everything queued has been handed to the sockets. */
  whenIdle(): Promise<void>;
  /** Open connections, for every user. */
  clientCount(): number;
  /** When each connection so far was registered (epoch ms), in order. */
  registeredAt(): number[];
  close(): Promise<void>;
}

/** Polls `clientCount()` until it is `count` or `timeoutMs` passed; returns the last value. */
export async function waitForClients(endpoint: BenchEndpoint, count: number, timeoutMs = 5000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (endpoint.clientCount() !== count && Date.now() < deadline) await sleep(10);
  return endpoint.clientCount();
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `read()` reaches `target` or stops growing for 5 s. */
export async function waitForCount(read: () => Promise<number>, target: number): Promise<number> {
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await read();
    if (count >= target) return count;
    if (count !== last) [last, stableSince] = [count, Date.now()];
    else if (Date.now() - stableSince > 5000) return count;
    await sleep(50);
  }
}
