import { createStreamSpaceEndpoint } from '../../demo/server/endpoint.js';
import type { BenchEndpoint } from './bench-endpoint.js';

// Frames handed to the endpoint before waiting for its writers to drain: below the
// per-client 256-message send buffer, so the bench paces itself like a fair producer
// instead of overflowing a client (which the endpoint, like the backend, would drop).
const FRAMES_PER_DRAIN = 200;

/**
 * The bench's view of the project's one StreamSpace-like endpoint (demo/server/endpoint.ts),
 * listening on loopback and accepting pages from `pageOrigin`.
 */
export async function startBenchEndpoint(pageOrigin: string): Promise<BenchEndpoint> {
  const registered: number[] = [];
  const endpoint = createStreamSpaceEndpoint({
    allowedOrigins: [pageOrigin],
    log: (line) => line.startsWith('client registered') && registered.push(Date.now()),
  });
  const { url } = await endpoint.listen(0);
  return {
    url,
    token: (userId) => endpoint.issueToken(userId),
    async sendFrames(userId, frames) {
      for (let start = 0; start < frames.length; start += FRAMES_PER_DRAIN) {
        const end = Math.min(frames.length, start + FRAMES_PER_DRAIN);
        for (let i = start; i < end; i++) endpoint.sendRawFrame(userId, frames[i]!);
        await endpoint.whenIdle();
      }
    },
    securityAlert: (userId, alertType, severity, message) => {
      endpoint.broadcastSecurityAlert(userId, alertType, severity, message);
    },
    whenIdle: () => endpoint.whenIdle(),
    clientCount: () => endpoint.clientCount(),
    registeredAt: () => [...registered],
    close: () => endpoint.close(),
  };
}
