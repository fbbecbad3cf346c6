import { DEMO_EVENT_TYPES, DEMO_USER, fireBurst, fireDemoEvent, fireMalformedFrame, type DemoEventType } from './demo-events.js';
import type { StreamSpaceEndpoint } from './endpoint-types.js';
import type { OriginAllowList } from './handshake.js';
import type { ScenarioGenerator } from './scenario.js';

export const DEMO_API_PREFIX = '/api/demo/';
/** Control requests must carry this header: a cross-site form cannot, so no CSRF from other tabs. */
export const DEMO_CONTROL_HEADER = 'x-streamspace-demo';
/** Demo tokens are short-lived on purpose; the page asks again on "Sign in again". */
export const DEMO_TOKEN_TTL_SECONDS = 15 * 60;
const MAX_BURST = 5000;
/** The allow-list of "Wrong origin": a portal elsewhere, not the demo page. */
export const FOREIGN_ALLOWED_ORIGINS = ['https://portal.example.com'];
/** Broadcast messages queued for a stalled client: past its 256-message buffer, so it is dropped (1005). */
const SLOW_CLIENT_FLOOD = 300;

export interface DemoRouteContext {
  endpoint: StreamSpaceEndpoint;
  scenario: ScenarioGenerator;
  /** The allow-list the endpoint started with, restored by `fix-server`. */
  allowedOrigins: OriginAllowList;
}

export interface DemoResponse {
  status: number;
  body: Record<string, unknown>;
}

let fired = 0;
/** Per endpoint, the faults put in on purpose (`wrong-origin`, `disable-account`) until `fix-server`. */
const faults = new WeakMap<StreamSpaceEndpoint, Set<string>>();
const faultsOf = (endpoint: StreamSpaceEndpoint) => faults.get(endpoint) ?? faults.set(endpoint, new Set()).get(endpoint)!;

/**
 * The dev server's demo API: `GET token` (`?kind=expired` or `?kind=unusable` for a token the
 * client will not send), `GET status`, and POST controls (`fire?type=`, `burst?count=`,
 * `malformed`, `drop`, `stop`, `restart`, `expire-token`, `wrong-origin`, `disable-account`,
 * `slow-client`, `fix-server`, `scenario?running=`). Returns `null` for paths outside `/api/demo/`.
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
    const kind = url.searchParams.get('kind');
    const token = await endpoint.issueToken(DEMO_USER, {
      ttlSeconds: DEMO_TOKEN_TTL_SECONDS,
      expired: kind === 'expired',
      unusable: kind === 'unusable',
    });
    return ok({ token, userId: DEMO_USER, expiresIn: DEMO_TOKEN_TTL_SECONDS });
  }
  if (method === 'GET' && route === 'status') {
    return ok({
      running: endpoint.running,
      clients: endpoint.clientCount(),
      userClients: endpoint.clientCount(DEMO_USER),
      scenario: scenario.running,
      problems: [...faultsOf(endpoint)],
    });
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
    case 'wrong-origin':
      // The server's allow-list (ALLOWED_WEBSOCKET_ORIGIN_*) no longer names this page's origin.
      endpoint.setAllowedOrigins(FOREIGN_ALLOWED_ORIGINS);
      faultsOf(endpoint).add(route);
      return ok({ dropped: endpoint.dropAll() });
    case 'disable-account':
      endpoint.disableUser(DEMO_USER);
      faultsOf(endpoint).add(route);
      return ok({ dropped: endpoint.dropAll() });
    case 'slow-client': {
      // A client that stops reading while broadcasts pile up: the hub removes it (close 1005).
      endpoint.stallWrites(true);
      let queued = 0;
      for (let n = 0; n < SLOW_CLIENT_FLOOD; n += 1) queued += endpoint.broadcastNodeHealthUpdate('worker-01', 'healthy', 30 + (n % 10), 50);
      endpoint.stallWrites(false);
      return ok({ queued });
    }
    case 'fix-server':
      endpoint.setAllowedOrigins(context.allowedOrigins);
      endpoint.disableUser(DEMO_USER, false);
      faultsOf(endpoint).clear();
      return ok();
    case 'scenario':
      if (url.searchParams.get('running') === 'false') scenario.stop();
      else scenario.start();
      return ok({ scenario: scenario.running });
    default:
      return { status: 404, body: { error: 'unknown demo route' } };
  }
}
