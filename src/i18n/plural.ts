/** Plural forms of one sentence; `#` stands for the number, written the language's way. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * `(n, forms)` for `lang`: the form `Intl.PluralRules` picks (`other` when the translation
 * has no such form), `#` replaced by `n` as `Intl.NumberFormat` writes it. Translations
 * bundle this, so it stays tiny.
 */
export function plurals(lang: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replace('#', numbers.format(n));
}
