/** Real tabs beside the test page, driven by whatever drives the browser (tab-commands.ts). */
export interface TabDriver {
  /** Opens `path` (relative to the test page) in a new tab known as `id`; the test page stays in front. */
  open(id: string, path: string): Promise<void>;
  /** Evaluates `expression` in the tab; resolves with its (awaited, JSON) value. */
  eval(id: string, expression: string): Promise<unknown>;
  /** A real pointer press in the tab. */
  click(id: string): Promise<void>;
  reload(id: string): Promise<void>;
  goto(id: string, path: string): Promise<void>;
  /** Back in history; resolves with why the back-forward cache was not used, where the driver says. */
  back(id: string): Promise<unknown>;
  /** Page Lifecycle: `frozen` (the `freeze` event, then no task runs) or `active` (`resume`). */
  lifecycle(id: string, state: 'frozen' | 'active'): Promise<void>;
  /** The tab's renderer crashes: no `pagehide`, no goodbye; the browser frees its locks. */
  crash(id: string): Promise<void>;
  close(id: string): Promise<void>;
  closeAll(): Promise<void>;
}
