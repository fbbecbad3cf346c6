// Node side of the demo-page test: mounts the demo stack (endpoint + demo API) on the test
// server itself, so the demo page served by web-test-runner reaches them at its own origin,
// exactly as it reaches them on Vite's server under `npm start`.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createDemoStack, type DemoStack } from '../../demo/server/demo-stack.js';

/** The slice of a Koa context the serve hook needs. */
export interface ServeContext {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

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
    // Other plugins may serve an endpoint on this same path (test/frameworks); while mounted,
    // the demo's endpoint owns it, and every other upgrade (wtr's own socket) passes through.
    const server = this.#server;
    const others = server.listeners('upgrade') as UpgradeListener[];
    server.removeAllListeners('upgrade');
    const dispatch: UpgradeListener = (request, socket, head) => {
      if (stack.endpoint.handleUpgrade(request, socket, head)) return;
      for (const listener of others) listener.call(server, request, socket, head);
    };
    server.on('upgrade', dispatch);
    this.#restore = () => {
      server.off('upgrade', dispatch);
      for (const listener of others) server.on('upgrade', listener);
    };
  }

  /**
   * For the plugin's `serve` hook: answers demo API and endpoint requests on the raw response.
   * Koa is told not to respond (`respond = false`); the empty result ends the middleware chain
   * so nothing after it touches the response.
   */
  serve(context: ServeContext): { body: string } | undefined {
    if (!this.#stack?.handleRequest(context.req, context.res)) return undefined;
    context.respond = false;
    return { body: '' };
  }

  async unmount(): Promise<void> {
    this.#restore?.();
    this.#restore = null;
    await this.#stack?.close();
    this.#stack = null;
  }
}
