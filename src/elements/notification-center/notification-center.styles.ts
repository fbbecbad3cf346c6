import { css } from 'lit';
import { themeStyles } from '../../internal/theme.styles.js';

// Lit ships this text as written, so it holds one rule per line and no comments; the
// reasons are here (the toast stack's conventions, and its very text where they agree, so
// the bundle's gzip pays for it once):
// - `.bell` and `.panel` start with `all: initial`, so hostile page CSS cannot reach in; that
//   also undoes the UA popover box, so `[popover]:not(:popover-open)` is hidden again.
//   `direction` is not reset by `all`: RTL pages mirror it (logical properties only).
// - Theme: the shared palette (`themeStyles`, src/internal/theme.styles.ts), picked by
//   `color-scheme` (auto follows `prefers-color-scheme`); each use can be overridden by a
//   public `--streamspace-center-*` property (severity colours: the toast stack's
//   `--streamspace-toast-*-color`, so a page sets them once). Browsers before `light-dark()`
//   get the light palette. Text keeps WCAG AA (4.5:1) on its background in both themes;
//   the bell takes the text colour around it (a header's), as a toolbar icon does.
// - Placement: CSS anchor positioning (`position-area`, logical, so RTL mirrors), flipped
//   when the viewport has no room; the size is capped by the viewport. Where anchor
//   positioning is missing, or cannot mirror the panel (a section whose direction is not the
//   page's: panel-anchor.ts), the element places the panel itself.
export const notificationCenterStyles = css`
:host { display: inline-block; vertical-align: middle }
.bell, .panel {
  all: initial; font: 0.875rem/1.4 var(--streamspace-center-font, system-ui, sans-serif);
  color: var(--streamspace-center-color, var(--_text));
}
${themeStyles('.bell, .panel')}
.bell { color: inherit; position: relative; display: grid; place-items: center; inline-size: 2.25rem; block-size: 2.25rem; border-radius: 50%; cursor: pointer; anchor-name: --streamspace-bell }
.badge { position: absolute; inset-block-start: 0; inset-inline-end: 0; padding: 0 0.25rem; border-radius: 1rem; background: var(--_error); color: var(--_paper); font-size: 0.6875rem; font-weight: 600 }
.panel {
  position: fixed; inset: auto; margin: 0.25rem; display: flex; flex-direction: column; z-index: 2147483000;
  inline-size: min(var(--streamspace-center-width, 24rem), 100vw - 0.5rem); max-block-size: min(32rem, 100vh - 0.5rem, 100% - 0.5rem);
  background: var(--streamspace-center-background, var(--_paper)); border: 1px solid var(--streamspace-center-border-color, var(--_line));
  border-radius: var(--streamspace-center-radius, 0.5rem); box-shadow: var(--streamspace-center-shadow, 0 8px 24px light-dark(#1f232826, #00000080));
  animation: enter var(--streamspace-center-animation-duration, 150ms) ease-out;
  position-anchor: --streamspace-bell; position-area: block-end span-inline-start; position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
}
.panel[popover]:not(:popover-open) { display: none }
@keyframes enter { from { opacity: 0 } }
@media (prefers-reduced-motion: reduce) { .panel { animation: none } }
.bottom-start { position-area: block-end span-inline-end }
.top-end { position-area: block-start span-inline-start }
.top-start { position-area: block-start span-inline-end }
.panel:focus { outline: none }
.head, .filters { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem; padding: 0.5rem 0.75rem }
h2 { margin: 0; margin-inline-end: auto; font-size: 1rem }
ol { flex: 1; overflow: auto; margin: 0; padding: 0; list-style: none }
li { display: flex; border-block-start: 1px solid var(--streamspace-center-border-color, var(--_line)); content-visibility: auto; contain-intrinsic-block-size: auto 4.5rem }
.entry {
  --_a: var(--streamspace-toast-info-color, var(--_info));
  flex: 1; display: grid; grid-template-columns: auto minmax(0, 1fr); align-items: start; gap: 0 0.75rem; padding: 0.75rem; border-radius: 0; text-align: start;
}
.success { --_a: var(--streamspace-toast-success-color, var(--_success)) }
.warning { --_a: var(--streamspace-toast-warning-color, var(--_warning)) }
.error { --_a: var(--streamspace-toast-error-color, var(--_error)) }
.icon { grid-row: span 3; width: 1.25rem; color: var(--_a) }
svg { display: block; width: 100% }
.bell svg { width: 1.375rem }
.entry, .empty { overflow-wrap: anywhere }
.title { font-weight: 600 }
.unread .title::after { content: ''; display: inline-block; width: 0.5rem; height: 0.5rem; margin-inline-start: 0.375rem; border-radius: 50%; background: var(--_link) }
.message, time, .close, .empty { color: var(--streamspace-center-muted-color, var(--_muted)) }
time { font-size: 0.75rem }
.empty { margin: 0; padding: 2rem; text-align: center }
button { font: inherit; color: inherit; cursor: pointer; border: 0; border-radius: 0.375rem; background: none; padding: 0 0.625rem; min-block-size: 1.75rem }
.close { width: 1.75rem; padding: 0.375rem; margin: 0.5rem }
button:hover, [aria-pressed='true'] { background: var(--_badge) }
button:focus-visible { outline: 2px solid var(--streamspace-center-accent-color, var(--_info)); outline-offset: 1px }
.link { --_link: var(--streamspace-center-accent-color, var(--_info)); color: var(--_link); font-weight: 600 }
.unread { --_link: var(--streamspace-center-accent-color, var(--_info)) }
button:disabled, [aria-disabled='true'] { cursor: default; opacity: 0.6; background: none }
.new, .more { align-self: center; margin: 0.25rem }
.gap { padding: 0.375rem 0.75rem; font-size: 0.75rem; font-style: italic; color: var(--streamspace-center-muted-color, var(--_muted)); contain-intrinsic-block-size: auto 2rem }
`;
