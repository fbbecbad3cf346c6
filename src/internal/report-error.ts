/**
 * Reports an error a listener threw without stopping the caller: one throwing listener must
 * not cost its neighbours their messages or leave a model half-notified; the page still sees
 * the error (window `error` event, console).
 */
export function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else setTimeout(() => {
    throw error;
  });
}
