/** Settings of the reconnect backoff, in ms. */
export interface BackoffOptions {
  /** Base delay of the first retry. */
  base: number;
  /** Cap of the exponential delay. */
  cap: number;
}

/**
 * Delay before retry `attempt` (1-based): exponential from `base`, capped at `cap`, then
 * full jitter (a uniform pick in [0, capped)). Jitter is applied after the cap so that a
 * thousand clients dropped by one server restart spread over the whole window instead of
 * all coming back at `cap` in step.
 */
export function backoffDelay(attempt: number, { base, cap }: BackoffOptions, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const capped = Math.min(Math.max(0, cap), Math.max(0, base) * 2 ** exponent);
  return Math.floor(random() * capped);
}
