// mock-socket helpers: a fresh URL (and so a fresh server) per test, and the sockets it accepted.
import { Server } from 'mock-socket/dist/mock-socket.es.mjs';

let counter = 0;

export interface MockEndpoint {
  url: string;
  server: Server;
  /** Tokens of every connection the server accepted, in order. */
  tokens: string[];
  /** Frames the server received, in order. */
  received: string[];
  stop(): void;
}

/** A mock endpoint; `accept: false` refuses every upgrade (as a 401 before the upgrade would). */
export function startMockEndpoint(options: { accept?: () => boolean } = {}): MockEndpoint {
  counter += 1;
  // Loopback with nothing listening: an auth probe (HTTP) to it fails fast and stays on this machine.
  const url = `ws://127.0.0.1:9/mock-${counter}/api/v1/ws/enterprise`;
  const server = new Server(url, options.accept ? { verifyClient: options.accept } : {});
  const endpoint: MockEndpoint = {
    url,
    server,
    tokens: [],
    received: [],
    stop: () => server.stop(),
  };
  server.on('connection', (socket) => {
    endpoint.tokens.push(new URL(socket.url).searchParams.get('token') ?? '');
    socket.on('message', (data) => endpoint.received.push(String(data)));
  });
  return endpoint;
}

/** Sockets the server has open now. */
export function openSockets(endpoint: MockEndpoint): number {
  return endpoint.server.clients().length;
}

export const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A fetch stand-in for the auth probe that answers with `status` (or fails as a CORS refusal or
 * an offline network does, with `'no-answer'`) and records the URLs and Authorization headers asked.
 */
export function probeStub(status: number | 'no-answer') {
  const urls: string[] = [];
  const authorizations: Array<string | null> = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    authorizations.push(new Headers(init?.headers).get('Authorization'));
    if (status === 'no-answer') throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  }) as typeof globalThis.fetch;
  return { fetch, urls, authorizations };
}

/** Collects the details of lifecycle events fired on `target`. */
export function record<T = unknown>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}
