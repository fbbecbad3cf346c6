// Which engine runs the test page, and what its driver can do (test/runner/engine-browser.mjs).
// A test an engine truly cannot run is skipped there by name, with the reason in its title;
// docs/development.md lists every such skip.
import { emulateMedia } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

// Headless Chromium says "HeadlessChrome/"; MiniBrowser says neither name.
export const ENGINE: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/** What only Chromium's driver (CDP) offers: WebDriver BiDi and WebDriver classic have no equivalent. */
export const DRIVER_CAN = {
  /** prefers-color-scheme and prefers-reduced-motion emulation. */
  emulateMedia: ENGINE === 'chromium',
  /** The browser's accessibility tree. */
  a11ySnapshot: ENGINE === 'chromium',
} as const;

export const NO_MEDIA_EMULATION = 'the driver offers no media emulation (WebDriver BiDi and classic have none)';

/** `it`, skipped in `engines` with `reason` (shown in the skipped test's title). */
export function itExceptIn(engines: readonly Engine[], reason: string, title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  if (engines.includes(ENGINE)) return it.skip(`${title} [skipped in ${ENGINE}: ${reason}]`);
  return it(title, fn);
}

/** `describe`, skipped in `engines` with `reason` (shown in the skipped suite's title). */
export function describeExceptIn(engines: readonly Engine[], reason: string, title: string, fn: (this: Mocha.Suite) => void): Mocha.Suite | void {
  if (engines.includes(ENGINE)) return describe.skip(`${title} [skipped in ${ENGINE}: ${reason}]`, fn);
  return describe(title, fn);
}

/** `it` for a test that emulates media features: skipped where the driver cannot. */
export const itWithMediaEmulation = (title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test =>
  DRIVER_CAN.emulateMedia ? it(title, fn) : itExceptIn([ENGINE], NO_MEDIA_EMULATION, title, fn);

/**
 * Back to the page's own media features after a test. A no-op where the driver emulates
 * nothing (so an `afterEach` never throws: Mocha would drop the file's remaining tests).
 */
export async function resetMedia(): Promise<void> {
  if (DRIVER_CAN.emulateMedia) await emulateMedia({ colorScheme: 'no-preference', reducedMotion: 'no-preference' });
}
