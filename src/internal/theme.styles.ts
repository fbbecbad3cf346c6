import { unsafeCSS, type CSSResult } from 'lit';

// The palette every element draws with: private `light-dark()` pairs, picked by the box's
// `color-scheme` (auto follows `prefers-color-scheme`, the `light`/`dark` classes force
// one). Each use in an element can be overridden by its public `--streamspace-*` property.
// Browsers before `light-dark()` (Chrome < 123, Safari < 17.5; managed enterprise installs
// lag) get the light half from `@supports not`, derived here so the bundle holds the
// colours once. Text colours keep WCAG AA (4.5:1) on `--_paper` in both themes; `--_idle`
// is a graphic's (3:1). Only static text goes in: no page value reaches `unsafeCSS`.
const PALETTE =
  '--_text: light-dark(#1f2328, #f0f3f6); --_paper: light-dark(#fff, #22272e); --_muted: light-dark(#4b5563, #c5ccd5); --_line: light-dark(#d0d7de, #444c56); --_badge: light-dark(#eaeef2, #373e47); ' +
  '--_info: light-dark(#0a5fc2, #74b9ff); --_success: light-dark(#1a7f37, #56d364); --_warning: light-dark(#9a6700, #e3b341); --_error: light-dark(#c8202b, #ff8a8a); --_idle: light-dark(#6e7781, #8b949e)';

/**
 * The shared rules: `:host([hidden])`, `.visually-hidden`, the palette and `color-scheme` on
 * `box` (an element's root box, which starts with `all: initial`, so this must follow it),
 * the light fallback, and the `light`/`dark` classes.
 */
export function themeStyles(box: string): CSSResult {
  return unsafeCSS(`:host([hidden]) { display: none }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
${box} { color-scheme: light dark; ${PALETTE} }
@supports not (color: light-dark(#000, #fff)) {
${box} { ${PALETTE.replace(/light-dark\((#\w+), #\w+\)/g, '$1')} }
}
.light { color-scheme: light }
.dark { color-scheme: dark }`);
}
