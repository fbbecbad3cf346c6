import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ViteDevServer } from 'vite';
import { createDemoStack } from './server/demo-stack.js';

const IIFE_PATH = '/dist/streamspace-enterprise-ws.iife.js';
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `npm start`: mounts the StreamSpace-like endpoint on Vite's own HTTP server, so the element's
 * default URL (`ws://{location.host}/api/v1/ws/enterprise`) works unchanged, and serves the demo
 * API (`/api/demo/*`). Vite's HMR socket is left alone: the endpoint only takes its own path.
 */
export function streamspaceDemo(): Plugin {
  return {
    name: 'streamspace-demo',
    apply: 'serve',
    configureServer(server) {
      const stack = createDemoStack({ log: (line) => server.config.logger.info(`[endpoint] ${line}`, { timestamp: true }) });
      const httpServer = server.httpServer as Server | null;
      if (!httpServer) return;
      stack.endpoint.attach(httpServer);
      httpServer.once('close', () => void stack.close());
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] === IIFE_PATH) return void ensureDropInBuilt().then(() => next(), next);
        if (!stack.handleRequest(request, response)) next();
      });
      printEndpoint(server);
    },
  };
}

let building: Promise<unknown> | null = null;

/** demo/embed.html loads the built drop-in script; build it once if `npm run build` was not run. */
function ensureDropInBuilt(): Promise<unknown> {
  if (existsSync(`${root}${IIFE_PATH}`)) return Promise.resolve();
  building ??= build({ root, mode: 'iife', logLevel: 'warn' }).finally(() => (building = null));
  return building;
}

/** Adds the endpoint's URL under the URLs Vite prints at start. */
function printEndpoint(server: ViteDevServer): void {
  const printUrls = server.printUrls.bind(server);
  server.printUrls = () => {
    printUrls();
    const local = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
    const socketUrl = `${local.replace(/^http/, 'ws').replace(/\/$/, '')}/api/v1/ws/enterprise`;
    server.config.logger.info(`  ➜  Endpoint: ${socketUrl} (StreamSpace-like, JWT-checked)`);
  };
}
