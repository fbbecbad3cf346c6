/**
 * `tag` as a valid BCP 47 language tag, canonical case (`pt-BR`), or '' when it is empty or not
 * one (`Intl` would throw on it).
 */
export function languageTag(tag: string | null | undefined): string {
  if (!tag) return '';
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? '';
  } catch {
    return '';
  }
}

/** The page's language with no element to ask: `<html lang>`, else the browser's, else English. */
export const pageLanguage = (): string =>
  languageTag(globalThis.document?.documentElement.lang) || languageTag(globalThis.navigator?.language) || 'en';
