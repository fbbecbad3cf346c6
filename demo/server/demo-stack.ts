import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeDemoRequest } from './demo-routes.js';
import { createStreamSpaceEndpoint, withOwnOrigin } from './endpoint.js';
import type { StreamSpaceEndpoint, StreamSpaceEndpointOptions } from './endpoint-types.js';
import { ScenarioGenerator } from './scenario.js';

/** Everything the live demo needs on its dev server: the endpoint, the demo API, the scenario. */
export interface DemoStack {
  endpoint: StreamSpaceEndpoint;
  scenario: ScenarioGenerator;
  /** Node-style handler for the demo API and the endpoint's plain GET; `false`: not ours. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  close(): Promise<void>;
}

export function createDemoStack(options: StreamSpaceEndpointOptions & { scenarioTickMs?: number } = {}): DemoStack {
  // The page is served by this same host: allowed as an operator would list the UI's origin.
  const allowedOrigins = options.allowedOrigins ?? withOwnOrigin();
  const endpoint = createStreamSpaceEndpoint({ ...options, allowedOrigins });
  const scenario = new ScenarioGenerator(endpoint, options.scenarioTickMs);
  const context = { endpoint, scenario, allowedOrigins };

  return {
    endpoint,
    scenario,
    handleRequest(request, response) {
      if (endpoint.handleRequest(request, response)) return true;
      const url = new URL(request.url ?? '/', 'http://demo.invalid');
      if (!url.pathname.startsWith('/api/demo/')) return false;
      routeDemoRequest(context, request.method ?? 'GET', url, request.headers).then(
        (result) => {
          response.writeHead(result!.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
          response.end(JSON.stringify(result!.body));
        },
        () => response.writeHead(500).end(),
      );
      return true;
    },
    async close() {
      scenario.stop();
      await endpoint.close();
    },
  };
}
