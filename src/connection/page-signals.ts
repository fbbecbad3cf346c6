/** What the page tells a connection about the network, visibility, history cache and storage. */
export interface PageSignalHandlers {
  online(): void;
  visible(): void;
  /** The page is going into the back-forward cache (`persisted`) or away for good. */
  pagehide(persisted: boolean): void;
  /** The page came back from the back-forward cache, or was resumed after `freeze`. */
  pageshow(): void;
  /** The page is frozen (Page Lifecycle): it runs no task until `resume`. */
  freeze(): void;
  storage(key: string | null): void;
}

/**
 * Adds the page listeners a connection needs and returns the function that removes them
 * all, so a connection never leaves a listener behind.
 */
export function listenToPage(handlers: PageSignalHandlers): () => void {
  if (typeof window === 'undefined') return () => {};
  const controller = new AbortController();
  const { signal } = controller;
  window.addEventListener('online', () => handlers.online(), { signal });
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'visible') handlers.visible();
    },
    { signal },
  );
  window.addEventListener('pagehide', (event) => handlers.pagehide(event.persisted), { signal });
  window.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) handlers.pageshow();
    },
    { signal },
  );
  document.addEventListener('freeze', () => handlers.freeze(), { signal });
  document.addEventListener('resume', () => handlers.pageshow(), { signal });
  window.addEventListener('storage', (event) => handlers.storage(event.key), { signal });
  return () => controller.abort();
}
