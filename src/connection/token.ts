/** Asked before every connection attempt, so a page can hand over a refreshed token. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/** Where the StreamSpace UI keeps its token, in the order it is looked up. */
export const DEFAULT_TOKEN_KEYS: readonly string[] = ['streamspace-auth', 'streamspace_token'];

export interface TokenSources {
  token?: string | null;
  tokenProvider?: TokenProvider | null;
  /** A configured localStorage key; null or empty means DEFAULT_TOKEN_KEYS. */
  tokenKey?: string | null;
  storage?: Pick<Storage, 'getItem'> | null;
}

/** The storage keys that hold the token for these sources. */
export function tokenKeys(tokenKey: string | null | undefined): readonly string[] {
  return tokenKey ? [tokenKey] : DEFAULT_TOKEN_KEYS;
}

/**
 * A stored value is either a raw JWT or JSON written by a persisted state store:
 * `{"state":{"token":"…"}}` or `{"token":"…"}`.
 */
export function tokenFromStoredValue(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text[0] !== '{' && text[0] !== '"') return text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'string') return parsed.trim() || null;
    if (parsed && typeof parsed === 'object') {
      const record = parsed as { token?: unknown; state?: { token?: unknown } | null };
      const token = record.state?.token ?? record.token;
      return typeof token === 'string' && token.trim() ? token.trim() : null;
    }
  } catch {
    // Not JSON after all: a raw token never starts with '{', so this is junk.
  }
  return null;
}

function defaultStorage(): Pick<Storage, 'getItem'> | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Sandboxed iframes and some privacy modes throw on access.
    return null;
  }
}

/** The first token found in storage under `keys`. */
export function readStoredToken(keys: readonly string[], storage = defaultStorage()): string | null {
  if (!storage) return null;
  for (const key of keys) {
    let value: string | null = null;
    try {
      value = storage.getItem(key);
    } catch {
      return null;
    }
    const token = tokenFromStoredValue(value);
    if (token) return token;
  }
  return null;
}

/** Explicit token, else the provider, else storage. A provider that throws counts as "no token". */
export async function resolveToken(sources: TokenSources): Promise<string | null> {
  if (sources.token) return sources.token;
  if (sources.tokenProvider) {
    try {
      const provided = await sources.tokenProvider();
      if (provided) return provided;
    } catch {
      // Never surface the provider's error: it may quote the token.
    }
    return null;
  }
  return readStoredToken(tokenKeys(sources.tokenKey), sources.storage === undefined ? undefined : sources.storage);
}
