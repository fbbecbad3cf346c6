// Node side of the demo-page test: mounts the demo stack (endpoint + demo API) on the test
// server itself, so the demo page served by web-test-runner reaches them at its own origin,
// exactly as it reaches them on Vite's server under `npm start`.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createDemoStack, type DemoStack } from '../../demo/server/demo-stack.js';

type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export class DemoMount {
  #stack: DemoStack | null = null;
  #restore: (() => void) | null = null;
  #server: Server | null = null;

  setServer(server: Server | undefined): void {
    this.#server = server ?? null;
  }

  mount(): void {
    if (this.#stack) return;
    if (!this.#server) throw new Error('The test server is not available to mount the demo on.');
    const stack = createDemoStack({ scenarioTickMs: 1000 });
    this.#stack = stack;
    // Other plugins may serve an endpoint on this same path (test/frameworks). While mounted, the
    // demo takes its paths first, at the Node level (before Koa); everything else passes through.
    const server = this.#server;
    const upgrades = server.listeners('upgrade') as UpgradeListener[];
    const requests = server.listeners('request') as RequestListener[];
    server.removeAllListeners('upgrade');
    server.removeAllListeners('request');
    const onUpgrade: UpgradeListener = (request, socket, head) => {
      if (stack.endpoint.handleUpgrade(request, socket, head)) return;
      for (const listener of upgrades) listener.call(server, request, socket, head);
    };
    const onRequest: RequestListener = (request, response) => {
      if (stack.handleRequest(request, response)) return;
      for (const listener of requests) listener.call(server, request, response);
    };
    server.on('upgrade', onUpgrade);
    server.on('request', onRequest);
    this.#restore = () => {
      server.off('upgrade', onUpgrade);
      server.off('request', onRequest);
      for (const listener of upgrades) server.on('upgrade', listener);
      for (const listener of requests) server.on('request', listener);
    };
  }

  async unmount(): Promise<void> {
    this.#restore?.();
    this.#restore = null;
    await this.#stack?.close();
    this.#stack = null;
  }
}
