import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TokenAuthority, TokenSubject } from './jwt.js';

/** Origins allowed to open the socket, or a predicate deciding it. */
export type OriginAllowList = readonly string[] | ((origin: string, request: IncomingMessage) => boolean);

/** The Go backend's development defaults (Vite and Create React App dev servers). */
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:5173', 'http://localhost:3000'];

export type HandshakeResult = { ok: true; subject: TokenSubject } | { ok: false; status: 401 | 403 };

/**
 * Allowed: no `Origin` (non-browser clients, as gorilla's CheckOrigin allows), a listed origin,
 * or the server's own origin (a page served by the same host, e.g. the Vite dev server).
 */
export function isOriginAllowed(request: IncomingMessage, allowList: OriginAllowList): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (typeof allowList === 'function') return allowList(origin, request);
  if (allowList.some((allowed) => allowed.trim() === origin.trim())) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The JWT from `?token=`, else from `Authorization: Bearer` (non-browser clients). */
export function tokenFromRequest(request: IncomingMessage, url: URL): string | null {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** The auth middleware runs first (401), then the upgrader's origin check (403), as in StreamSpace. */
export async function checkHandshake(
  request: IncomingMessage,
  url: URL,
  tokens: TokenAuthority,
  allowList: OriginAllowList,
): Promise<HandshakeResult> {
  const subject = await tokens.verify(tokenFromRequest(request, url));
  if (!subject) return { ok: false, status: 401 };
  if (!isOriginAllowed(request, allowList)) return { ok: false, status: 403 };
  return { ok: true, subject };
}

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden' } as const;

/** Plain HTTP status, no body, written on the raw socket before any upgrade. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403): void {
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
}

/**
 * A plain (non-upgrade) request on the endpoint path, which is what the client's auth probe
 * sends: 401 for a refused token, 403 for a foreign origin, else gorilla's 400 "not a
 * websocket handshake". CORS headers for allowed origins let a cross-origin probe read the status.
 */
export async function answerPlainRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  tokens: TokenAuthority,
  allowList: OriginAllowList,
): Promise<void> {
  const origin = request.headers.origin;
  const originAllowed = isOriginAllowed(request, allowList);
  if (origin && originAllowed) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Headers', 'Authorization');
    response.writeHead(originAllowed ? 204 : 403).end();
    return;
  }
  const result = await checkHandshake(request, url, tokens, allowList);
  if (!result.ok) {
    response.writeHead(result.status, { 'Content-Length': '0' }).end();
    return;
  }
  response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Sec-Websocket-Version': '13' });
  response.end('Bad Request\n');
}
