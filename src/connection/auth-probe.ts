import { toSocketUrl } from './endpoint-url.js';

/**
 * Every refused handshake looks the same to a browser (1006), so this asks the endpoint over
 * plain HTTP: a GET of its URL (`http(s):`, no token in the URL: the server takes `?token=` only
 * on upgrades) with `Authorization: Bearer`. The answer is 401 (token refused), 403 (account
 * disabled), or 400 (token accepted; the request is just not an upgrade). Resolves to that
 * status, or 0 when there is no answer (CORS, offline, timeout), which proves nothing.
 */
export async function probeAuth(
  socketUrl: string,
  token: string,
  fetchImpl: typeof fetch | undefined = globalThis.fetch?.bind(globalThis),
  timeoutMs = 5000,
): Promise<number> {
  try {
    const url = toSocketUrl(socketUrl);
    url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
    const response = await fetchImpl!(url, {
      headers: { Authorization: `Bearer ${token}` },
      // The header is the only credential: no cookies (a proxy cookie would prove nothing).
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.status;
  } catch {
    // Also an invalid URL, a missing fetch or AbortSignal.timeout: no answer.
    return 0;
  }
}
