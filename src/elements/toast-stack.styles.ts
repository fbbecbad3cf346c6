import { css } from 'lit';

// One rule per line: Lit ships this text as written, so indentation costs bytes.
// Both themes come from `light-dark()` under the stack's `color-scheme` (auto follows
// `prefers-color-scheme`); the public `--streamspace-toast-*` properties override them.
// Every text colour keeps WCAG AA (4.5:1) on its background in both themes.
// Only logical properties, so RTL pages mirror the layout.
export const toastStackStyles = css`
:host { display: contents }
:host([hidden]) { display: none }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }

/* all: initial undoes the UA popover box and any hostile page CSS that would inherit in. */
.stack {
  all: initial; display: flex; flex-direction: column; gap: var(--_gap); pointer-events: none;
  position: fixed; inset-block-end: var(--_o); inset-inline-end: var(--_o); z-index: var(--streamspace-toast-z-index, 2147483000);
  inline-size: min(var(--streamspace-toast-width, 22.5rem), 100vw - 2 * var(--_o));
  font: 400 0.875rem/1.4 var(--streamspace-toast-font, system-ui, sans-serif);
  color-scheme: light dark; color: var(--streamspace-toast-color, light-dark(#1f2328, #f0f3f6));
  --_o: var(--streamspace-toast-offset, 16px); --_gap: var(--streamspace-toast-gap, 8px); --_from: 0.5rem;
  --_bg: var(--streamspace-toast-background, light-dark(#fff, #22272e));
  --_muted: var(--streamspace-toast-muted-color, light-dark(#4b5563, #c5ccd5));
  --_border: 1px solid var(--streamspace-toast-border-color, light-dark(#d0d7de, #444c56));
  --_badge: light-dark(#eaeef2, #373e47);
}
.stack[popover]:not(:popover-open) { display: none }
.light { color-scheme: light }
.dark { color-scheme: dark }
/* Position classes: top-left ... bottom-right. */
[class*='top'] { inset-block: var(--_o) auto; --_from: -0.5rem }
[class*='left'] { inset-inline: var(--_o) auto }
[class*='center'] { inset-inline: 0; margin-inline: auto }

/* The stack lets clicks through; toasts and the gaps between them do not. */
ol { display: flex; flex-direction: column; gap: var(--_gap); margin: 0; padding: 0; list-style: none; pointer-events: auto }
.toast {
  --_a: var(--streamspace-toast-info-color, light-dark(#0a5fc2, #74b9ff));
  display: grid; grid-template-columns: auto minmax(0, 1fr) auto; align-items: start; gap: 0.25rem 0.75rem; padding: 0.75rem;
  background: var(--_bg); border: var(--_border); border-inline-start: 0.25rem solid var(--_a);
  border-radius: var(--streamspace-toast-radius, 0.5rem);
  box-shadow: var(--streamspace-toast-shadow, 0 8px 24px light-dark(#1f232826, #00000080));
  animation: enter var(--streamspace-toast-animation-duration, 180ms) ease-out;
}
.success { --_a: var(--streamspace-toast-success-color, light-dark(#1a7f37, #56d364)) }
.warning { --_a: var(--streamspace-toast-warning-color, light-dark(#9a6700, #e3b341)) }
.error { --_a: var(--streamspace-toast-error-color, light-dark(#c8202b, #ff8a8a)) }
@keyframes enter { from { opacity: 0; transform: translateY(var(--_from)) } }
@media (prefers-reduced-motion: reduce) { .toast { animation: none } }

.icon { display: flex; width: 1.25rem; color: var(--_a) }
svg { display: block; width: 100% }
.body { min-inline-size: 0; overflow-wrap: anywhere }
p { margin: 0 }
.title { font-weight: 600 }
.message { color: var(--_muted) }
.count { margin-inline-start: 0.375rem; padding: 0 0.375rem; border-radius: 1rem; background: var(--_badge); font-size: 0.75rem }
.buttons { display: flex; align-items: center; gap: 0.25rem }
button { font: inherit; color: inherit; cursor: pointer; border: 0; border-radius: 0.375rem; background: none; padding: 0 0.625rem; min-block-size: 1.75rem }
.action { border: 1px solid; color: var(--_a); font-weight: 600 }
.close { box-sizing: border-box; width: 1.75rem; padding: 0.375rem; color: var(--_muted) }
button:hover { background: var(--_badge) }
button:focus-visible { outline: 2px solid var(--streamspace-toast-focus-color, var(--_a)); outline-offset: 1px }
/* Browsers before light-dark() (Chrome < 123, Safari < 17.5; managed enterprise installs lag): the light theme. */
@supports not (color: light-dark(#000, #fff)) {
.stack { color: var(--streamspace-toast-color, #1f2328); --_bg: var(--streamspace-toast-background, #fff); --_muted: var(--streamspace-toast-muted-color, #4b5563); --_border: 1px solid var(--streamspace-toast-border-color, #d0d7de); --_badge: #eaeef2 }
.toast { --_a: var(--streamspace-toast-info-color, #0a5fc2) }
.success { --_a: var(--streamspace-toast-success-color, #1a7f37) }
.warning { --_a: var(--streamspace-toast-warning-color, #9a6700) }
.error { --_a: var(--streamspace-toast-error-color, #c8202b) }
}
.overflow { align-self: center; padding: 0.125rem 0.625rem; border: var(--_border); border-radius: 1rem; background: var(--_bg); font-size: 0.8125rem; pointer-events: auto }
`;
