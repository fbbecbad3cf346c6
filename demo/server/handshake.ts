import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TokenAuthority, TokenSubject } from './jwt.js';

/** Origins allowed to open the socket, or a predicate deciding it. */
export type OriginAllowList = readonly string[] | ((origin: string, request: IncomingMessage) => boolean);

/**
 * The Go backend's built-in allowed origins (Vite and Create React App dev servers); a deployment
 * adds its own with `ALLOWED_WEBSOCKET_ORIGIN_1..3`. The server's own origin is NOT among them.
 */
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:5173', 'http://localhost:3000'];

/**
 * `list` plus the origin of the host the request was sent to: what an operator configures for a
 * UI served by the API host itself (the demo's dev server, a test server on a random port).
 */
export function withOwnOrigin(list: readonly string[] = DEFAULT_ALLOWED_ORIGINS): OriginAllowList {
  return (origin, request) => list.includes(origin) || sameHost(origin, request);
}

function sameHost(origin: string, request: IncomingMessage): boolean {
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** No `Origin` (non-browser clients) is allowed, as StreamSpace's CheckOrigin does; else the list decides. */
export function isOriginAllowed(request: IncomingMessage, allowList: OriginAllowList): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (typeof allowList === 'function') return allowList(origin, request);
  return allowList.some((allowed) => allowed.trim() === origin.trim());
}

/** The auth middleware's test: `Upgrade: websocket` and `Connection` containing `upgrade`. */
export function isUpgradeRequest(request: IncomingMessage): boolean {
  return (
    (request.headers.upgrade ?? '').toLowerCase() === 'websocket' &&
    (request.headers.connection ?? '').toLowerCase().includes('upgrade')
  );
}

/** Values longer than this are refused (Go: `len(value) > 10000`, bytes). */
export const MAX_QUERY_VALUE_BYTES = 10_000;

// StreamSpace's InputValidator, run before auth on every query value: SQL patterns (including
// the `--` that ~1% of base64url JWT signatures contain), command separators, LDAP pairs.
const SQL_PATTERNS = [
  /union\s+select/i,
  /select\s+.*\s+from/i,
  /insert\s+into/i,
  /delete\s+from/i,
  /drop\s+table/i,
  /update\s+.*\s+set/i,
  /exec\s*\(/i,
  /execute\s*\(/i,
  /script\s*>/i,
  /javascript:/i,
  /onerror\s*=/i,
  /onload\s*=/i,
  /--/,
  /#/,
  /\/\*/,
];
const COMMAND_PATTERNS = [/[;&|]/, /`/, /\$\(/];
const LDAP_CHARS = ['*', '(', ')', '\\', '/', '\0'];

/** Why the server's input validation refuses `value`, or null. */
export function validateQueryValue(value: string): string | null {
  if (Buffer.byteLength(value) > MAX_QUERY_VALUE_BYTES) return 'value too long (max 10000 characters)';
  if (value.includes('\0')) return 'null byte detected';
  if (SQL_PATTERNS.some((pattern) => pattern.test(value))) return 'potential SQL injection detected';
  if (COMMAND_PATTERNS.some((pattern) => pattern.test(value))) return 'potential command injection detected';
  if (LDAP_CHARS.filter((char) => value.includes(char)).length >= 2) return 'potential LDAP injection detected';
  return null;
}

/** The JSON body of a refused query (gin's `c.JSON(400, …)`); it names the parameter, never its value. */
export function validateQuery(url: URL): Record<string, string> | null {
  for (const [key, value] of url.searchParams) {
    const problem = validateQueryValue(value);
    if (problem) return { error: 'Invalid query parameter', message: `Parameter '${key}': ${problem}` };
  }
  return null;
}

/**
 * Where the auth middleware takes the token: `?token=` only on upgrade requests (browsers cannot
 * set headers on a WebSocket), else, and as a fallback, `Authorization: Bearer <token>`.
 */
export function tokenFromRequest(request: IncomingMessage, url: URL, upgrade: boolean): string | null {
  const fromQuery = upgrade ? url.searchParams.get('token') : null;
  if (fromQuery) return fromQuery;
  // Go: strings.SplitN(header, " ", 2) and parts[0] == "Bearer", case-sensitive.
  const header = request.headers.authorization ?? '';
  const space = header.indexOf(' ');
  return space > 0 && header.slice(0, space) === 'Bearer' ? header.slice(space + 1) : null;
}

export type Refusal = { status: 400 | 401 | 403; body: Record<string, string> };
export type HandshakeResult = { ok: true; subject: TokenSubject } | ({ ok: false } & Refusal);

/**
 * The middleware chain in StreamSpace's order: input validation (400), then auth (401 for a
 * missing, invalid, expired or revoked token; 403 for a disabled account). The upgrader's
 * origin check comes after, on upgrades only (see `isOriginAllowed`).
 */
export async function checkRequest(request: IncomingMessage, url: URL, tokens: TokenAuthority, upgrade: boolean): Promise<HandshakeResult> {
  const invalid = validateQuery(url);
  if (invalid) return { ok: false, status: 400, body: invalid };
  const subject = await tokens.verify(tokenFromRequest(request, url, upgrade));
  if (!subject) return { ok: false, status: 401, body: { error: 'Invalid or expired token' } };
  if (tokens.isDisabled(subject.userId)) return { ok: false, status: 403, body: { error: 'User account is disabled' } };
  return { ok: true, subject };
}

const STATUS_TEXT = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden' } as const;

/**
 * The refusal written on the raw socket before any upgrade: validation answers with its JSON
 * body, the auth middleware with a bare status on upgrades (`AbortWithStatus`), the upgrader with
 * its status text. The browser sees none of it: `error`, then close 1006.
 */
export function refuseUpgrade(socket: Duplex, status: 400 | 401 | 403, body = ''): void {
  socket.once('finish', () => socket.destroy());
  const type = body.startsWith('{') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${body ? `Content-Type: ${type}\r\n` : ''}` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * A plain (non-upgrade) request on the endpoint path, which is what the client's auth probe
 * sends: 400 (JSON) from input validation, 401/403 (JSON) from the auth middleware reading only
 * `Authorization: Bearer`, else gorilla's 400 "not a websocket handshake", whatever the origin.
 * CORS (a separate middleware, before the others) lets listed origins read the answer.
 */
export async function answerPlainRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  tokens: TokenAuthority,
  corsOrigins: OriginAllowList,
): Promise<void> {
  const origin = request.headers.origin;
  const corsAllowed = isOriginAllowed(request, corsOrigins);
  if (origin && corsAllowed) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Headers', 'Authorization');
    response.writeHead(corsAllowed ? 204 : 403).end();
    return;
  }
  const result = await checkRequest(request, url, tokens, false);
  if (!result.ok) {
    response.writeHead(result.status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(result.body));
    return;
  }
  response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Sec-Websocket-Version': '13' });
  response.end('Bad Request\n');
}
