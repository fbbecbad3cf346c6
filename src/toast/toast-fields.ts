import { reportError } from '../internal/report-error.js';
import type { Toast, ToastAction, ToastOptions, ToastPriority, ToastSeverity } from './types.js';

/** What `update()` takes. `action: null` removes the action. */
export type ToastPatch = Partial<Omit<ToastOptions, 'id' | 'action'>> & { action?: ToastAction | null };

/** Most urgent first: the index is the rank used for ordering. */
export const PRIORITIES: readonly ToastPriority[] = ['critical', 'high', 'medium', 'low'];
const SEVERITIES: readonly ToastSeverity[] = ['info', 'success', 'warning', 'error'];

/** The priority of a toast that names none: errors jump ahead of news. */
export const defaultPriority = (severity: ToastSeverity): ToastPriority =>
  severity === 'error' ? 'high' : severity === 'warning' ? 'medium' : 'low';

export const isPriority = (value: unknown): value is ToastPriority => PRIORITIES.includes(value as ToastPriority);

/** Text fields come from page code and servers: anything that is not a string becomes one. */
export const text = (value: unknown): string => (value == null ? '' : String(value));

/** A finite ms count >= 0; `Infinity` means "until dismissed" (0); other junk falls back. */
export const toDuration = (value: unknown, fallback: number): number =>
  value === Infinity ? 0 : typeof value === 'number' && value >= 0 ? value : fallback;

/**
 * `old` with `patch` applied: fields the patch leaves undefined are kept, junk is read
 * safely (page code and servers call in), and the priority follows the severity unless
 * it was given (`fixed`).
 */
export function patched(old: Toast, patch: ToastPatch, fixed: boolean): Toast {
  const severity = SEVERITIES.includes(patch.severity!) ? patch.severity! : old.severity;
  const raw = 'action' in patch ? patch.action : old.action;
  // An action needs a non-empty label: it is the button's accessible name.
  const label = raw && typeof raw === 'object' ? text(raw.label).trim() : '';
  const { action: _, ...rest } = old;
  return {
    ...rest,
    title: patch.title === undefined ? old.title : text(patch.title),
    message: patch.message === undefined ? old.message : text(patch.message),
    severity,
    priority: isPriority(patch.priority) ? patch.priority : fixed ? old.priority : defaultPriority(severity),
    duration: toDuration(patch.duration, old.duration),
    ...('notice' in patch && { notice: patch.notice === true }),
    ...('announce' in patch && { announce: patch.announce !== false }),
    ...(label && { action: { label, ...(typeof raw!.onClick === 'function' && { onClick: raw!.onClick }) } }),
  };
}

/** An integer >= `min`; anything else falls back. */
export const positiveInt = (value: unknown, min: number, fallback: number): number =>
  Number.isFinite(value) && (value as number) >= min ? Math.floor(value as number) : fallback;

/** Whether a toast counts down: a duration, and no action waiting for the user. */
export const expires = (toast: Toast): boolean => toast.duration > 0 && !toast.action;

/** Calls a listener; one that throws must not leave the model half-notified. */
export function safely(notify: () => void): void {
  try {
    notify();
  } catch (error) {
    reportError(error);
  }
}
