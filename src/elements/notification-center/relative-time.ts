/** Units from the largest; a history keeps 30 days, so days are enough. */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * `time` relative to `now` in the page's language ("5 minutes ago", "vor 2 Stunden"),
 * whole units, truncated; under a minute is "now". Formatters are kept per language.
 */
export function relativeTime(time: number, now: number, lang?: string): string {
  const key = lang ?? '';
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    } catch {
      // Not a language tag: the browser's language.
      format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    }
    formats.set(key, format);
  }
  const diff = time - now;
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return format.format(Math.trunc(diff / ms), unit);
  return format.format(0, 'second');
}
