import { DEMO_EVENT_TYPES, DEMO_USER, fireBurst, fireDemoEvent, fireMalformedFrame, type DemoEventType } from './demo-events.js';
import type { StreamSpaceEndpoint } from './endpoint-types.js';
import type { ScenarioGenerator } from './scenario.js';

export const DEMO_API_PREFIX = '/api/demo/';
/** Control requests must carry this header: a cross-site form cannot, so no CSRF from other tabs. */
export const DEMO_CONTROL_HEADER = 'x-streamspace-demo';
/** Demo tokens are short-lived on purpose; the page asks again on "Sign in again". */
export const DEMO_TOKEN_TTL_SECONDS = 15 * 60;
const MAX_BURST = 5000;

export interface DemoRouteContext {
  endpoint: StreamSpaceEndpoint;
  scenario: ScenarioGenerator;
}

export interface DemoResponse {
  status: number;
  body: Record<string, unknown>;
}

let fired = 0;

/**
 * The dev server's demo API: `GET token`, `GET status`, and POST controls (`fire?type=`,
 * `burst?count=`, `malformed`, `drop`, `stop`, `restart`, `expire-token`, `scenario?running=`).
 * Returns `null` for paths outside `/api/demo/`.
 */
export async function routeDemoRequest(
  context: DemoRouteContext,
  method: string,
  url: URL,
  headers: Record<string, string | string[] | undefined>,
): Promise<DemoResponse | null> {
  if (!url.pathname.startsWith(DEMO_API_PREFIX)) return null;
  const { endpoint, scenario } = context;
  const route = url.pathname.slice(DEMO_API_PREFIX.length);
  const ok = (body: Record<string, unknown> = {}): DemoResponse => ({ status: 200, body });

  if (method === 'GET' && route === 'token') {
    const token = await endpoint.issueToken(DEMO_USER, { ttlSeconds: DEMO_TOKEN_TTL_SECONDS });
    return ok({ token, userId: DEMO_USER, expiresIn: DEMO_TOKEN_TTL_SECONDS });
  }
  if (method === 'GET' && route === 'status') {
    return ok({ running: endpoint.running, clients: endpoint.clientCount(), scenario: scenario.running });
  }
  if (method !== 'POST') return { status: 405, body: { error: 'method not allowed' } };
  if (headers[DEMO_CONTROL_HEADER] !== '1') return { status: 403, body: { error: `missing ${DEMO_CONTROL_HEADER} header` } };

  switch (route) {
    case 'fire': {
      const type = url.searchParams.get('type') as DemoEventType;
      if (!DEMO_EVENT_TYPES.includes(type)) return { status: 400, body: { error: 'unknown type' } };
      return ok({ delivered: fireDemoEvent(endpoint, type, fired++) });
    }
    case 'burst': {
      const count = Math.min(Math.max(Number(url.searchParams.get('count')) || 1000, 1), MAX_BURST);
      return ok({ delivered: fireBurst(endpoint, count) });
    }
    case 'malformed':
      return ok({ delivered: fireMalformedFrame(endpoint) });
    case 'drop':
      return ok({ dropped: endpoint.dropAll() });
    case 'stop':
      await endpoint.stop();
      return ok();
    case 'restart':
      await endpoint.restart();
      return ok();
    case 'expire-token':
      // The session ends server-side: every token so far is refused, live sockets are cut.
      endpoint.revokeUser(DEMO_USER);
      return ok({ dropped: endpoint.dropAll() });
    case 'scenario':
      if (url.searchParams.get('running') === 'false') scenario.stop();
      else scenario.start();
      return ok({ scenario: scenario.running });
    default:
      return { status: 404, body: { error: 'unknown demo route' } };
  }
}
