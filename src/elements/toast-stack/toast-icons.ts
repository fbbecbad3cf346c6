import { html, type TemplateResult } from 'lit';
import type { ToastSeverity } from '../../toast/types.js';

// Each severity has its own shape (circle-i, circle-check, triangle, octagon), so severities
// differ by more than colour. Icons are decorative: the severity label is read instead.
export const icon = (d: string): TemplateResult =>
  html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d} /></svg>`;

const CIRCLE = 'M2 12a10 10 0 1 0 20 0 10 10 0 1 0-20 0';

export const severityIcons: Record<ToastSeverity, TemplateResult> = {
  info: icon(`${CIRCLE}M12 16v-5M12 8h.01`),
  success: icon(`${CIRCLE}m6 0 3 3 5-6`),
  warning: icon('M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0ZM12 9v4M12 17h.01'),
  error: icon('M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9ZM15 9l-6 6M9 9l6 6'),
};

export const closeIcon = icon('M18 6 6 18M6 6l12 12');
