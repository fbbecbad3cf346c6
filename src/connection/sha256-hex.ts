/**
 * SHA-256 of `text` (UTF-8) as lower-case hex, cut to its first `bytes` bytes; null without
 * `crypto.subtle` (insecure contexts). Never throws. One helper, so the user key and the tab
 * group key hash the same way and the bundle carries the code once.
 */
export async function sha256Hex(text: string, bytes = 32): Promise<string | null> {
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest, 0, bytes), (byte) => (byte + 256).toString(16).slice(1)).join('');
  } catch {
    return null;
  }
}
