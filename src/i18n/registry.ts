import { en } from './en.js';
import type { Locale, Translation } from './types.js';

/** Registered translations by lower-case code (`de`, `pt-br`); English is built in. */
const translations = new Map<string, Translation>([['en', en]]);
/** Complete translations per asked language, built on first use; a registration empties it. */
const resolved = new Map<string, Translation>();
const listeners = new Set<() => void>();

type Group = Exclude<keyof Translation, `$${string}`>;
const GROUPS = Object.keys(en).filter((key) => !key.startsWith('$')) as Group[];

/**
 * Adds translations (or replaces those with the same `$code`), then tells every element to
 * render again: a drop-in translation script may load after the elements rendered.
 */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
  resolved.clear();
  for (const listener of listeners) listener();
}

/** Calls `listener` after each registration; returns the way to stop. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The complete translation for `lang` (a BCP 47 tag, any case): each key from the region's
 * translation (`pt-BR`), else the language's (`pt`), else another region's of the same
 * language (a `pt-PT` page with only `pt-BR` registered), else English.
 */
export function translationFor(lang: string): Translation {
  const key = lang.toLowerCase();
  let translation = resolved.get(key);
  if (!translation) {
    const language = key.split('-')[0]!;
    const chain = [
      translations.get(key),
      translations.get(language),
      [...translations.entries()].find(([code]) => code.startsWith(`${language}-`))?.[1],
    ].filter((found): found is Translation => !!found);
    translation = merge(chain);
    resolved.set(key, translation);
  }
  return translation;
}

/** `lang` with its complete translation. */
export const localeFor = (lang: string): Locale => ({ lang, t: translationFor(lang) });

/** Key by key, group by group: the first translation in `chain` that has it, else English. */
function merge(chain: Translation[]): Translation {
  const first = chain[0] ?? en;
  const merged = { $code: first.$code, $name: first.$name, $dir: first.$dir } as Translation;
  for (const group of GROUPS) {
    const strings: Record<string, unknown> = {};
    for (const key of Object.keys(en[group])) {
      const from = chain.find((translation) => translation[group] && Object.hasOwn(translation[group], key));
      strings[key] = ((from ?? en)[group] as unknown as Record<string, unknown>)[key];
    }
    (merged as unknown as Record<string, unknown>)[group] = strings;
  }
  return merged;
}
