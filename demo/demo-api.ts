// The dev server's demo API (demo/server/demo-routes.ts), as the page calls it.

/** Where the StreamSpace UI's persisted auth store keeps the JWT. */
export const AUTH_STORAGE_KEY = 'streamspace-auth';

/**
 * Gets a short-lived demo token and stores it the way the StreamSpace UI does after sign-in.
 * `kind`: an `expired` one, or an `unusable` one (valid, but holding the `--` the server's input
 * validation refuses), to watch the element decline to send it.
 */
export async function signIn(kind?: 'expired' | 'unusable'): Promise<void> {
  const response = await fetch(`/api/demo/token${kind ? `?kind=${kind}` : ''}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Demo token request failed (${response.status})`);
  const { token } = (await response.json()) as { token: string };
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ state: { token }, version: 0 }));
}

export interface DemoStatus {
  userClients?: number;
  /** The faults the demo controls put in on purpose and "Fix the server" takes out. */
  problems?: string[];
}

/** The dev server's state, or null when it does not answer. */
export async function demoStatus(): Promise<DemoStatus | null> {
  try {
    const response = await fetch('/api/demo/status', { cache: 'no-store' });
    return (await response.json()) as DemoStatus;
  } catch {
    return null;
  }
}

/** Sockets the endpoint holds for the demo user, or null when the dev server does not answer. */
export async function userSockets(): Promise<number | null> {
  const body = await demoStatus();
  return typeof body?.userClients === 'number' ? body.userClients : null;
}

/** POSTs a demo control (`fire`, `burst`, `drop`, `stop`, `restart`, `expire-token`, …). */
export async function control(route: string, params: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(`/api/demo/${route}${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: { 'X-StreamSpace-Demo': '1' },
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new Error(String(body.error ?? response.status));
  return body;
}
