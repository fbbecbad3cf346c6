// Node side of the demo-page test: mounts the demo stack (endpoint + demo API) on the test
// server itself, so the demo page served by web-test-runner reaches them at its own origin,
// exactly as it reaches them on Vite's server under `npm start`.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createDemoStack, type DemoStack } from '../../demo/server/demo-stack.js';

/** The slice of a Koa context the serve hook needs. */
export interface ServeContext {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

export class DemoMount {
  #stack: DemoStack | null = null;
  #detach: (() => void) | null = null;
  #server: Server | null = null;

  setServer(server: Server | undefined): void {
    this.#server = server ?? null;
  }

  mount(): void {
    if (this.#stack) return;
    if (!this.#server) throw new Error('The test server is not available to mount the demo on.');
    this.#stack = createDemoStack({ scenarioTickMs: 1000 });
    this.#detach = this.#stack.endpoint.attach(this.#server);
  }

  /**
   * For the plugin's `serve` hook: answers demo API and endpoint requests on the raw response.
   * Koa is told not to respond (`respond = false`), so the rest of its chain writes nothing.
   */
  serve(context: ServeContext): void {
    if (!this.#stack) return;
    if (this.#stack.handleRequest(context.req, context.res)) context.respond = false;
  }

  async unmount(): Promise<void> {
    this.#detach?.();
    this.#detach = null;
    await this.#stack?.close();
    this.#stack = null;
  }
}
