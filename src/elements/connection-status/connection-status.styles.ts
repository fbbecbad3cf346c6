import { css } from 'lit';
import { themeStyles } from '../../internal/theme.styles.js';

// Lit ships this text as written, so it holds one rule per line and no comments; the
// reasons are here (the toast stack's conventions):
// - `.pill` starts with `all: initial`, so hostile page CSS that inherits in (text-transform,
//   letter-spacing, line-height) cannot reach it; `direction` is not reset by `all`, so RTL
//   pages mirror it, and only logical properties are used.
// - Theme: `.pill` holds the shared palette (`themeStyles`, src/internal/theme.styles.ts;
//   the dot's live/busy colours are its success/warning ones); where a colour is used, its
//   public `--streamspace-status-*` property overrides it. Text keeps WCAG AA (4.5:1) in both themes; the dot
//   keeps 3:1 (a graphic), and its colour is never the only cue: the text says the state.
// - One line while there is room; in a narrow place (a phone, German's long words) the label
//   wraps and the button moves under it, rather than the pill overflowing its container.
// - The dot pulses while an attempt is under way or scheduled; not with reduced motion.
export const connectionStatusStyles = css`
:host { display: inline-block; vertical-align: middle; max-inline-size: 100% }
.pill { all: initial; display: inline-flex; align-items: center; gap: 0.375rem; box-sizing: border-box; position: relative; padding: 0.125rem 0.625rem; min-block-size: 1.75rem; border-radius: var(--streamspace-status-radius, 1rem); background: var(--streamspace-status-background, var(--_paper)); border: 1px solid var(--streamspace-status-border-color, var(--_line)); font: 0.8125rem/1.4 var(--streamspace-status-font, system-ui, sans-serif); max-inline-size: 100%; flex-wrap: wrap; overflow-wrap: anywhere; color: var(--streamspace-status-color, var(--_text)) }
${themeStyles('.pill')}
.compact { padding: 0; min-block-size: 0 }
.compact .dot { padding: 0.375rem; background-clip: content-box }
.pill:focus { outline: none }
.label { unicode-bidi: plaintext }
.dot { flex: none; inline-size: var(--streamspace-status-dot-size, 0.5rem); block-size: var(--streamspace-status-dot-size, 0.5rem); border-radius: 50%; background: var(--_dot) }
.live { --_dot: var(--streamspace-status-live-color, var(--_success)) }
.connecting, .reconnecting { --_dot: var(--streamspace-status-connecting-color, var(--_warning)) }
.disconnected { --_dot: var(--streamspace-status-error-color, var(--_error)) }
.offline, .signed-out { --_dot: var(--streamspace-status-offline-color, var(--_idle)) }
.connecting .dot, .reconnecting .dot { animation: pulse var(--streamspace-status-animation-duration, 1.2s) ease-in-out infinite alternate }
@keyframes pulse { to { opacity: 0.3 } }
@media (prefers-reduced-motion: reduce) { .pill .dot { animation: none } }
button { white-space: nowrap; font: inherit; color: inherit; cursor: pointer; border: 1px solid currentColor; border-radius: 0.75rem; background: none; padding: 0 0.5rem; margin-inline-start: 0.125rem; font-weight: 600 }
button:hover { background: var(--_badge) }
button:focus-visible { outline: 2px solid var(--streamspace-status-focus-color, currentColor); outline-offset: 1px }
`;
