/** Public shapes of the toast model, shared by `ToastQueue` and `<streamspace-toast-stack>`. */

export type ToastSeverity = 'info' | 'success' | 'warning' | 'error';
export type ToastPriority = 'low' | 'medium' | 'high' | 'critical';
export type ToastDismissReason = 'timeout' | 'user' | 'api' | 'overflow';
export type ToastPosition =
  | 'top-left'
  | 'top-center'
  | 'top-right'
  | 'bottom-left'
  | 'bottom-center'
  | 'bottom-right';

export interface ToastAction {
  /** Visible text, also the button's accessible name. */
  label: string;
  onClick?: (toast: Toast) => void;
}

/** What `show()` takes. */
export interface ToastOptions {
  /** Same id again updates that toast in place. */
  id?: string;
  title?: string;
  /** Rendered as text, never HTML. */
  message: string;
  severity?: ToastSeverity;
  priority?: ToastPriority;
  /** ms before auto-dismiss; 0 means until dismissed. Defaults to the stack's `duration`. */
  duration?: number;
  action?: ToastAction;
  /**
   * A notice a person must act on (sign in again, gave up + Retry): shown apart, above the
   * message toasts, never dropped by overflow, never hidden behind them, kept while the
   * notification center's panel is open.
   */
  notice?: boolean;
  /** false: shown without being announced (a retry's attempt number, a pill already speaks). */
  announce?: boolean;
}

/** A toast as the model keeps it. */
export interface Toast {
  readonly id: string;
  title: string;
  message: string;
  severity: ToastSeverity;
  priority: ToastPriority;
  /** 0 = until dismissed. */
  duration: number;
  action?: ToastAction;
  notice?: boolean;
  announce?: boolean;
  /** How many identical shows were merged into it ("×N"). */
  count: number;
  /** Monotonic insertion sequence, for stable ordering. */
  readonly seq: number;
}
