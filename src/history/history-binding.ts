import type { StreamSpaceConnection } from '../connection/connection.js';
import { spanOf } from '../connection/gap-tracker.js';
import { openHistoryStore, type HistoryStore } from './history-store.js';
import { NotificationHistory } from './notification-history.js';
import type { HistoryBatch, HistoryStorageMode } from './types.js';

/** How long what messages brought may wait to be written (ms): a burst is a few transactions. */
export const WRITE_DELAY_MS = 500;
/** Records per IndexedDB transaction. */
const WRITE_CHUNK = 100;

/** Where a bound history is kept now. */
export type HistoryBackend = 'none' | 'opening' | 'indexeddb' | 'memory';

/** What the binding needs from a connection (tests pass a stand-in). */
export type HistorySource = Pick<StreamSpaceConnection, 'addEventListener' | 'userKey'>;


/**
 * A connection's notification history, kept for the connection's user and shared with the
 * user's other tabs:
 *
 * - The model is created on first use (`history`): a page that shows no history pays nothing.
 * - On each open, the connection's `userKey()` (a hash of the token's user, never the token
 *   or the id) names the storage: IndexedDB `streamspace-history-<key>` (`persistent`; memory
 *   when IndexedDB is missing, blocked or failing, e.g. over quota), or memory only
 *   (`session`). A new user gets their own history, never the previous one's; signing out
 *   (`unauthenticated`) empties the model here.
 * - Changes go out in batches: one message on the `BroadcastChannel` of the same name, which
 *   the other tabs' models merge, and a few IndexedDB transactions. What the user did (read,
 *   delete, clear) goes at once, so it shows everywhere at once; what messages brought waits
 *   up to `WRITE_DELAY_MS` (and is written on `pagehide`). Every tab writes what it receives; records merge the
 *   same way in storage and in memory, so one message is one entry however many tabs write it.
 */
export class HistoryBinding {
  readonly #connection: HistorySource;
  readonly #open: (name: string) => Promise<HistoryStore | null>;
  #history: NotificationHistory | null = null;
  #mode: HistoryStorageMode = 'persistent';
  #user: string | null = null;
  #backend: HistoryBackend = 'none';
  #store: Promise<HistoryStore | null> = Promise.resolve(null);
  #writes: Promise<unknown> = Promise.resolve();
  #channel: BroadcastChannel | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Bumped by every unbind, so a store that opens for an older binding is closed. */
  #generation = 0;
  /** Bumped by every bind request, so only the latest one's user key counts. */
  #requests = 0;

  constructor(connection: HistorySource, open = openHistoryStore) {
    this.#connection = connection;
    this.#open = open;
    connection.addEventListener('streamspace-open', () => void this.#bind());
    connection.addEventListener('streamspace-state', ({ detail }) => {
      if (detail.state === 'unauthenticated') this.#unbind(true);
    });
    // Every tab hears of every gap (and of its filling), and keeps it with the entries.
    connection.addEventListener('streamspace-gap', ({ detail }) => this.#history?.addGap(spanOf(detail)));
    connection.addEventListener('streamspace-catch-up', ({ detail }) => this.#history?.addGap(spanOf(detail), detail.count));
  }

  /** The model, created on first use. */
  get history(): NotificationHistory {
    if (!this.#history) {
      this.#history = new NotificationHistory();
      void this.#bind();
    }
    return this.#history;
  }

  /** Whether messages are kept: someone asked for the history, and storage is not `off`. */
  get active(): boolean {
    return !!this.#history && this.#mode !== 'off';
  }

  get backend(): HistoryBackend {
    return this.#backend;
  }

  /** Resolves once what storage held is loaded, and every change so far is stored (or storage was given up). */
  get settled(): Promise<void> {
    this.#flush();
    return this.#writes.then(() => {});
  }

  get mode(): HistoryStorageMode {
    return this.#mode;
  }
  set mode(value: HistoryStorageMode) {
    const mode = value === 'session' || value === 'off' ? value : 'persistent';
    if (mode === this.#mode) return;
    this.#mode = mode;
    // `off` keeps nothing, not even what this tab showed so far.
    this.#unbind(mode === 'off');
    void this.#bind();
  }

  /** Stops storing and syncing (the element left the page); the model keeps its entries. */
  close(): void {
    this.#unbind(false);
  }

  /** (Re)binds storage and channel to the connection's current user, once known. */
  async #bind(): Promise<void> {
    const history = this.#history;
    if (!history || this.#mode === 'off') return;
    const request = ++this.#requests;
    const user = await this.#connection.userKey();
    if (request !== this.#requests || !user || (this.#channel && user === this.#user)) return;
    this.#unbind(this.#user !== null && user !== this.#user);
    const current = this.#generation;
    this.#user = user;
    const name = `streamspace-history-${user}`;
    this.#backend = 'opening';
    const store = (this.#store = this.#mode === 'persistent' ? this.#open(name) : Promise.resolve(null));
    this.#writes = store
      .then(async (opened) => {
        if (current !== this.#generation) return opened?.close();
        if (opened) history.load(await opened.load(), (await opened.loadGaps?.()) ?? []);
        this.#backend = opened ? 'indexeddb' : 'memory';
      })
      .catch(() => this.#fallBack());
    try {
      this.#channel = new BroadcastChannel(name);
      this.#channel.onmessage = ({ data }: MessageEvent<HistoryBatch>) => history.apply(data);
    } catch {
      // No BroadcastChannel: this tab's history stands alone.
    }
    this.#unsubscribe = history.subscribe(this.#changed);
    // A page going away (or into the back-forward cache) writes what waits.
    addEventListener('pagehide', this.#flush);
    // What arrived before the user was known.
    this.#flush();
  }

  /** Sends what changed to the other tabs and to storage (one transaction). */
  /** What the user did goes out at once; what messages brought waits up to `WRITE_DELAY_MS`, so a burst is a few writes. */
  #changed = (): void => {
    if (this.#history!.urgent) this.#flush();
    else this.#timer ??= setTimeout(this.#flush, WRITE_DELAY_MS);
  };

  /**
   * Sends what changed to the other tabs and to storage: transactions of at most
   * `WRITE_CHUNK` records, one after the other, so no task builds hundreds of requests.
   */
  #flush = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#unsubscribe && this.#history!.takeJournal();
    if (!batch) return;
    this.#channel?.postMessage(batch);
    const store = this.#store;
    const { put = [], ...rest } = batch;
    for (let i = 0; i === 0 || i < put.length; i += WRITE_CHUNK) {
      const part = { ...(i ? {} : rest), put: put.slice(i, i + WRITE_CHUNK) };
      this.#writes = this.#writes.then(async () => {
        const won = await (await store)?.write(part);
        // Stored records that won (read or newer elsewhere) bring this tab up to date.
        if (won?.length) this.#history!.apply({ put: won });
      }).catch(() => this.#fallBack());
    }
  };

  /** Storage failed (quota, closed by an upgrade elsewhere): memory from now on. */
  #fallBack(): void {
    void this.#store.then((store) => store?.close());
    this.#store = Promise.resolve(null);
    this.#backend = 'memory';
  }

  #unbind(forget: boolean): void {
    this.#generation++;
    this.#requests++;
    this.#flush();
    removeEventListener('pagehide', this.#flush);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#channel?.close();
    this.#channel = null;
    const store = this.#store;
    this.#store = Promise.resolve(null);
    void this.#writes.then(() => store).then((opened) => opened?.close());
    this.#backend = 'none';
    if (forget) {
      this.#history?.reset();
      this.#user = null;
    }
  }
}
