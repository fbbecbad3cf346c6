import type { ToastAction, ToastOptions, ToastPriority, ToastSeverity } from './types.js';

const SEVERITIES: readonly ToastSeverity[] = ['info', 'success', 'warning', 'error'];

/** Priorities, most urgent first; the index is the rank used for ordering. */
export const PRIORITIES: readonly ToastPriority[] = ['critical', 'high', 'medium', 'low'];

export const priorityRank = (priority: ToastPriority): number => PRIORITIES.indexOf(priority);

/** The priority a toast gets when `show()` names none: errors jump ahead of news. */
export function defaultPriority(severity: ToastSeverity): ToastPriority {
  return severity === 'error' ? 'high' : severity === 'warning' ? 'medium' : 'low';
}

export const isSeverity = (value: unknown): value is ToastSeverity =>
  SEVERITIES.includes(value as ToastSeverity);

export const isPriority = (value: unknown): value is ToastPriority =>
  PRIORITIES.includes(value as ToastPriority);

/** Text fields come from page code and servers: anything that is not a string becomes one. */
export const toText = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);

/**
 * A duration as the model keeps it: a finite ms count >= 0, `0` meaning "until
 * dismissed". `Infinity` is read as "until dismissed"; anything else invalid
 * (NaN, negative, not a number) falls back to `fallback`.
 */
export function toDuration(value: unknown, fallback: number): number {
  if (value === Infinity) return 0;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** An action needs a non-empty label (it is the button's accessible name). */
export function toAction(value: ToastOptions['action'] | null): ToastAction | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const label = toText(value.label).trim();
  if (!label) return undefined;
  return typeof value.onClick === 'function' ? { label, onClick: value.onClick } : { label };
}

/** De-duplication key: toasts that read the same to a user are the same toast. */
export const dedupeKey = (severity: ToastSeverity, title: string, message: string): string =>
  `${severity}\u0000${title}\u0000${message}`;
