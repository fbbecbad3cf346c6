/** The path of the StreamSpace enterprise endpoint on the API host. */
export const ENTERPRISE_WS_PATH = '/api/v1/ws/enterprise';

/** `ws(s)://{host}/api/v1/ws/enterprise`, `wss:` on `https:` pages, as the StreamSpace UI derives it. */
export function defaultEndpointUrl(location: Pick<Location, 'protocol' | 'host'> = globalThis.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${ENTERPRISE_WS_PATH}`;
}

/** Resolves a relative or http(s) URL to an absolute ws(s) URL. */
export function toSocketUrl(url: string, base: string = globalThis.location?.href): URL {
  const resolved = new URL(url, base);
  if (resolved.protocol === 'http:') resolved.protocol = 'ws:';
  else if (resolved.protocol === 'https:') resolved.protocol = 'wss:';
  return resolved;
}

/** The endpoint URL with the token as a query parameter (browsers cannot set headers on a WebSocket). */
export function withToken(url: string, param: string, token: string): string {
  const resolved = toSocketUrl(url);
  resolved.searchParams.set(param, token);
  return resolved.href;
}
