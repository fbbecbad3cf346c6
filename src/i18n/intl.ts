/** `Intl` formatters in a resolved language, made once per language and kind. */
type Format = Intl.NumberFormat | Intl.ListFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat;
const cache = new Map<string, Format>();

function cached<T extends Format>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** `percent` (0-100) as a whole percentage: "98%", "98 %" in fr and de. */
export const formatPercent = (lang: string, percent: number): string =>
  cached(`%${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })).format(percent / 100);

/** "a, b" the language's way ("a、b" in ja, "a و b" in ar... as `Intl.ListFormat` writes a unit list). */
export const formatList = (lang: string, items: string[]): string =>
  cached(`,${lang}`, () => new Intl.ListFormat(lang, { type: 'unit', style: 'short' })).format(items);

/** Units from the largest; a history keeps 30 days, so days are enough. */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * `time` relative to `now` ("5 minutes ago", "vor 2 Stunden"), whole units, truncated;
 * under a minute is "now".
 */
export function relativeTime(time: number, now: number, lang: string): string {
  const format = cached(`@${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const diff = time - now;
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return format.format(Math.trunc(diff / ms), unit);
  return format.format(0, 'second');
}

/** The date and time of `time` in full ("2 Dec 2026, 17:03"), for the tooltip of a relative one. */
export const formatDateTime = (lang: string, time: number): string =>
  cached(`T${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(time);
