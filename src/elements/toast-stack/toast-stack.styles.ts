import { css } from 'lit';
import { themeStyles } from '../../internal/theme.styles.js';

// Lit ships this text as written, so it holds one rule per line and no comments; the
// reasons are here:
// - `.stack` starts with `all: initial`, which undoes the UA popover box and any hostile
//   page CSS that would inherit in; so `[popover]:not(:popover-open)` is hidden again.
// - Theme: `.stack` holds the shared palette (`themeStyles`, src/internal/theme.styles.ts),
//   picked by its `color-scheme`; where a colour is used, its public `--streamspace-toast-*`
//   property overrides it. Every text colour keeps WCAG AA (4.5:1) on its background in both themes.
// - Position classes (`top-left` ... `bottom-right`) adjust the bottom-right default. Only
//   logical properties, so RTL pages mirror the layout.
// - The stack lets clicks through; the list (toasts and the gaps between them) does not.
// - Short viewports (reflow at 320 × 256): the element shows one message toast, and the
//   stack is capped to 60% of the height and scrolls, so a notice above it stays reachable.
// - Defaults are not restated: the icon is a grid item (so a block), the body's column is
//   `minmax(0, 1fr)` (so it may shrink), and buttons are `border-box` in every UA sheet.
export const toastStackStyles = css`
:host { display: contents }
.stack {
  all: initial; display: grid; gap: var(--_gap); pointer-events: none;
  position: fixed; inset-block-end: var(--_o); inset-inline-end: var(--_o); z-index: var(--streamspace-toast-z-index, 2147483000);
  inline-size: min(var(--streamspace-toast-width, 22.5rem), 100vw - 2 * var(--_o));
  font: 0.875rem/1.4 var(--streamspace-toast-font, system-ui, sans-serif);
  color: var(--streamspace-toast-color, var(--_text));
  --_o: var(--streamspace-toast-offset, 16px); --_gap: var(--streamspace-toast-gap, 8px); --_from: 0.5rem;
}
${themeStyles('.stack')}
.stack[popover]:not(:popover-open) { display: none }
[class*='top'] { inset-block: var(--_o) auto; --_from: -0.5rem }
[class*='left'] { inset-inline: var(--_o) auto }
[class*='center'] { inset-inline: 0; margin-inline: auto }
ol { display: grid; gap: var(--_gap); margin: 0; padding: 0; list-style: none; pointer-events: auto }
.toast, .overflow { background: var(--streamspace-toast-background, var(--_paper)); border: 1px solid var(--streamspace-toast-border-color, var(--_line)) }
.toast {
  --_a: var(--streamspace-toast-info-color, var(--_info));
  display: grid; grid-template-columns: auto minmax(0, 1fr) auto; align-items: start; gap: 0.25rem 0.75rem; padding: 0.75rem;
  border-inline-start: 0.25rem solid var(--_a); border-radius: var(--streamspace-toast-radius, 0.5rem);
  box-shadow: var(--streamspace-toast-shadow, 0 8px 24px light-dark(#1f232826, #00000080));
  animation: enter var(--streamspace-toast-animation-duration, 180ms) ease-out;
}
.success { --_a: var(--streamspace-toast-success-color, var(--_success)) }
.warning { --_a: var(--streamspace-toast-warning-color, var(--_warning)) }
.error { --_a: var(--streamspace-toast-error-color, var(--_error)) }
@keyframes enter { from { opacity: 0; transform: translateY(var(--_from)) } }
@media (prefers-reduced-motion: reduce) { .toast { animation: none } }
.icon { width: 1.25rem; color: var(--_a) }
svg { display: block; width: 100% }
.body { overflow-wrap: anywhere }
p { margin: 0 }
.title { font-weight: 600 }
.message, .close { color: var(--streamspace-toast-muted-color, var(--_muted)) }
.count { margin-inline-start: 0.375rem; padding: 0 0.375rem; border-radius: 1rem; background: var(--_badge); font-size: 0.75rem }
.buttons { display: flex; align-items: center; gap: 0.25rem }
button { font: inherit; color: inherit; cursor: pointer; border: 0; border-radius: 0.375rem; background: none; padding: 0 0.625rem; min-block-size: 1.75rem }
.action { border: 1px solid; color: var(--_a); font-weight: 600 }
.close { width: 1.75rem; padding: 0.375rem }
button:hover { background: var(--_badge) }
button:focus-visible, .toast:focus-visible { outline: 2px solid var(--streamspace-toast-focus-color, var(--_a)); outline-offset: 1px }
.overflow { justify-self: center; padding: 0.125rem 0.625rem; border-radius: 1rem; font-size: 0.8125rem; pointer-events: auto }
[hidden] { display: none }
@media (max-height: 400px) { .stack { max-block-size: 60vh; overflow-y: auto; pointer-events: auto } }
`;
