import { css } from 'lit';

// Theme values live in private `--_*` properties; the public `--streamspace-toast-*`
// properties (documented on the element) override them. Every text colour below keeps
// WCAG AA (4.5:1) on its background in both themes.
const darkTheme = css`
  --_bg: #22272e;
  --_fg: #f0f3f6;
  --_muted: #c5ccd5;
  --_border: #444c56;
  --_badge: #373e47;
  --_info: #74b9ff;
  --_success: #56d364;
  --_warning: #e3b341;
  --_error: #ff8a8a;
  --_shadow: 0 8px 24px rgb(0 0 0 / 0.5);
  color-scheme: dark;
`;

export const toastStackStyles = css`
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .stack {
    --_bg: #ffffff;
    --_fg: #1f2328;
    --_muted: #4b5563;
    --_border: #d0d7de;
    --_badge: #eaeef2;
    --_info: #0a5fc2;
    --_success: #1a7f37;
    --_warning: #9a6700;
    --_error: #c8202b;
    --_shadow: 0 8px 24px rgb(31 35 40 / 0.15);
    --_offset: var(--streamspace-toast-offset, 16px);
    --_gap: var(--streamspace-toast-gap, 8px);
    --_from: 0.5rem;
    color-scheme: light;

    /* Undo the UA popover box, then pin to a corner. */
    position: fixed;
    inset: auto;
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
    z-index: var(--streamspace-toast-z-index, 2147483000);
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    overflow: visible;
    inline-size: min(var(--streamspace-toast-width, 22.5rem), calc(100vw - 2 * var(--_offset)));
    flex-direction: column;
    gap: var(--_gap);
    pointer-events: none;

    /* Hostile page CSS inherits into shadow DOM: reset what would leak. */
    font: 400 0.875rem/1.4 var(--streamspace-toast-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    color: var(--streamspace-toast-color, var(--_fg));
  }
  .stack:not([popover]),
  .stack:popover-open {
    display: flex;
  }
  .dark {
    ${darkTheme}
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      ${darkTheme}
    }
  }

  .top-left,
  .top-center,
  .top-right {
    inset-block: var(--_offset) auto;
    --_from: -0.5rem;
  }
  .top-left,
  .bottom-left {
    inset-inline: var(--_offset) auto;
  }
  .top-center,
  .bottom-center {
    inset-inline: 0;
    margin-inline: auto;
  }

  ol {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
    /* The stack lets clicks through; toasts and the gaps between them do not. */
    pointer-events: auto;
  }

  .toast {
    --_accent: var(--_info);
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem;
    background: var(--streamspace-toast-background, var(--_bg));
    border: 1px solid var(--streamspace-toast-border-color, var(--_border));
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--streamspace-toast-radius, 0.5rem);
    box-shadow: var(--streamspace-toast-shadow, var(--_shadow));
    animation: enter var(--streamspace-toast-animation-duration, 180ms) ease-out;
  }
  .success {
    --_accent: var(--streamspace-toast-success-color, var(--_success));
  }
  .warning {
    --_accent: var(--streamspace-toast-warning-color, var(--_warning));
  }
  .error {
    --_accent: var(--streamspace-toast-error-color, var(--_error));
  }
  .info {
    --_accent: var(--streamspace-toast-info-color, var(--_info));
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(var(--_from));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toast {
      animation: none;
    }
  }

  .icon {
    display: flex;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    color: var(--_accent);
  }
  .icon svg {
    inline-size: 100%;
    block-size: 100%;
  }
  .body {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .title,
  .message {
    margin: 0;
  }
  .title {
    font-weight: 600;
  }
  .message {
    color: var(--streamspace-toast-muted-color, var(--_muted));
  }
  .count {
    display: inline-block;
    margin-inline-start: 0.375rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: var(--_badge);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .buttons {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border-radius: 0.375rem;
    min-block-size: 1.75rem;
  }
  .action {
    padding: 0 0.625rem;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }
  .close {
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--streamspace-toast-muted-color, var(--_muted));
  }
  .close svg {
    inline-size: 1rem;
    block-size: 1rem;
  }
  button:hover {
    background: var(--_badge);
  }
  button:focus-visible {
    outline: 2px solid var(--streamspace-toast-focus-color, var(--_accent));
    outline-offset: 1px;
  }

  .overflow {
    align-self: center;
    margin: 0;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--streamspace-toast-border-color, var(--_border));
    border-radius: 999px;
    background: var(--streamspace-toast-background, var(--_bg));
    font-size: 0.8125rem;
    pointer-events: auto;
  }
`;
