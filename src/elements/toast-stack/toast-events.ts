import type { Toast, ToastDismissReason } from '../../toast/types.js';
import type { ToastShowOutcome } from '../../toast/toast-queue.js';

export interface ToastShowDetail {
  toast: Toast;
  /** `added`, `merged` (an identical toast's "×N" went up) or `updated` (same `id`). */
  outcome: ToastShowOutcome;
}

export interface ToastDismissDetail {
  id: string;
  reason: ToastDismissReason;
  toast: Toast;
}

export interface ToastActionDetail {
  id: string;
  toast: Toast;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'streamspace-toast-show': CustomEvent<ToastShowDetail>;
    'streamspace-toast-dismiss': CustomEvent<ToastDismissDetail>;
    'streamspace-toast-action': CustomEvent<ToastActionDetail>;
  }
}
