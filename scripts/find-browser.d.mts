/** Chrome or Chromium: CHROME_PATH first, then the usual install paths; null when none. */
export function findBrowser(): string | null;
/** Flags every headless Chromium of this project starts with (tests, bench, screenshots). */
export const BROWSER_FLAGS: readonly string[];
/** What to tell a person who has no browser installed. */
export const NO_BROWSER_MESSAGE: string;
