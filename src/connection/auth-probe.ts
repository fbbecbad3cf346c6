import { toProbeUrl } from './endpoint-url.js';

/** `refused` only when the server said so (401/403); anything else keeps the client retrying. */
export type AuthProbeResult = { refused: true; status: number } | { refused: false };

const REFUSED_STATUSES = new Set([401, 403]);

/**
 * The server refuses a bad token before the WebSocket upgrade, which the browser reports as a
 * bare 1006. A plain GET to the same URL (token included) shows the real status.
 * A probe that cannot be made (CORS, offline, timeout) proves nothing.
 */
export async function probeAuth(
  socketUrlWithToken: string,
  fetchImpl: typeof fetch | undefined = globalThis.fetch?.bind(globalThis),
  timeoutMs = 5000,
): Promise<AuthProbeResult> {
  if (!fetchImpl) return { refused: false };
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    const response = await fetchImpl(toProbeUrl(socketUrlWithToken), {
      method: 'GET',
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
      signal: controller?.signal,
    });
    return REFUSED_STATUSES.has(response.status) ? { refused: true, status: response.status } : { refused: false };
  } catch {
    return { refused: false };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
