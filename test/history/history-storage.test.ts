import { expect, waitUntil } from '@open-wc/testing';
import { HistoryBinding, type HistorySource } from '../../src/history/history-binding.js';
import { openHistoryStore, SCHEMA_VERSION, type HistoryStore } from '../../src/history/history-store.js';
import { NotificationHistory } from '../../src/history/notification-history.js';
import type { HistoryRecord } from '../../src/history/types.js';
import { createFormatter } from '../../src/toast/format-message.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';

let counter = 0;
/** A fresh group name per test; their databases are deleted afterwards. */
const names: string[] = [];
function freshName(): string {
  const name = `test-${Date.now().toString(36)}-${++counter}`;
  names.push(name);
  return name;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Raw IndexedDB access, for putting things in that the code under test must cope with. */
function rawOpen(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, values: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('entries', 'readwrite');
    for (const value of values) tx.objectStore('entries').put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function rawAll(db: IDBDatabase): Promise<HistoryRecord[]> {
  return new Promise((resolve) => {
    const request = db.transaction('entries').objectStore('entries').getAll();
    request.onsuccess = () => resolve(request.result);
  });
}

/** A minute ago when the tests load: recent enough to keep, the same for every call. */
const BASE = Date.now() - 60_000;
const alert = (n: number): StreamSpaceMessage => ({
  type: 'security.alert',
  timestamp: new Date(BASE + n).toISOString().replace('Z', `${String(n).padStart(6, '0')}Z`),
  data: { alert_type: 'failed_login', severity: 'high', message: `Alert ${n}` },
});

/** A tab: a history bound to storage for the user `name`, fed through the toast formatter as the element feeds it. */
function tab(name: string, persistent = true, open?: (name: string) => Promise<HistoryStore | null>) {
  const connection = Object.assign(new EventTarget(), { userKey: async () => name }) as unknown as HistorySource & EventTarget;
  const persistence = new HistoryBinding(connection, open);
  persistence.mode = persistent ? 'persistent' : 'session';
  const history = persistence.history;
  const format = createFormatter();
  const add = (m: StreamSpaceMessage) => history.add(m, format(m)!);
  const ready = async () => {
    await waitUntil(() => persistence.backend === 'indexeddb' || persistence.backend === 'memory', 'never bound');
    await persistence.settled;
  };
  return { history, persistence, add, ready, connection };
}

describe('history storage', () => {
  const open: Array<{ persistence: HistoryBinding }> = [];
  const track = <T extends { persistence: HistoryBinding }>(t: T): T => (open.push(t), t);

  afterEach(async () => {
    for (const { persistence } of open.splice(0)) persistence.close();
  });
  after(async () => {
    for (const name of names) await deleteDatabase(`streamspace-history-${name}`);
  });

  describe('openHistoryStore (IndexedDB)', () => {
    it('writes and loads records, at the current schema version', async () => {
      const name = `streamspace-history-${freshName()}`;
      const store = (await openHistoryStore(name))!;
      expect(store).to.not.equal(null);
      const history = new NotificationHistory();
      history.add(alert(1), createFormatter()(alert(1))!);
      await store.write(history.takeJournal()!);
      const loaded = (await store.load()) as HistoryRecord[];
      expect(loaded.map((r) => r.message)).to.deep.equal(['Alert 1']);
      store.close();
      const db = await rawOpen(name, SCHEMA_VERSION);
      expect(db.version).to.equal(SCHEMA_VERSION);
      expect([...db.objectStoreNames]).to.deep.equal(['entries', 'gaps']);
      db.close();
    });

    it('upgrades a version 1 database, keeping its entries, and keeps gaps', async () => {
      const name = `streamspace-history-${freshName()}`;
      const history = new NotificationHistory();
      history.add(alert(1), createFormatter()(alert(1))!);
      const [record] = history.takeJournal()!.put!;
      const old = await rawOpen(name, 1, (d) => d.createObjectStore('entries', { keyPath: 'id' }));
      await rawPut(old, [record]);
      old.close();
      const store = (await openHistoryStore(name))!;
      expect(((await store.load()) as HistoryRecord[]).map((r) => r.message)).to.deep.equal(['Alert 1']);
      history.addGap({ from: 1, to: 5000, reason: 'away' });
      await store.write(history.takeJournal()!);
      history.addGap({ from: 1, to: 5000, reason: 'away' }, 3);
      await store.write(history.takeJournal()!);
      await store.write({ gaps: [{ id: 'away-1', from: 1, to: 5000, reason: 'away' }] });
      expect(await store.loadGaps!()).to.deep.equal([{ id: 'away-1', from: 1, to: 5000, reason: 'away', filled: 3 }]);
      store.close();
    });

    it('merges on write: a read record is not made unread, and the winner is reported', async () => {
      const store = (await openHistoryStore(`streamspace-history-${freshName()}`))!;
      const history = new NotificationHistory();
      history.add(alert(1), createFormatter()(alert(1))!);
      const [record] = history.takeJournal()!.put!;
      await store.write({ put: [{ ...record, read: true }] });
      const won = await store.write({ put: [record] });
      expect(won).to.have.length(1);
      expect(won[0].read).to.be.true;
      expect(((await store.load()) as HistoryRecord[])[0].read).to.be.true;
      store.close();
    });

    it('falls back (null) when a newer schema version exists (a later release in another tab)', async () => {
      const name = `streamspace-history-${freshName()}`;
      const db = await rawOpen(name, SCHEMA_VERSION + 1);
      db.close();
      expect(await openHistoryStore(name)).to.equal(null);
    });

    describe('without a usable IndexedDB', () => {
      const real = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
      afterEach(() => Object.defineProperty(window, 'indexedDB', real));
      const fake = (value: unknown) => Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => value });

      it('no IndexedDB at all', async () => {
        fake(undefined);
        expect(await openHistoryStore('streamspace-history-none')).to.equal(null);
      });

      it('open throws (sandboxed frame, privacy mode)', async () => {
        fake({
          open() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
        expect(await openHistoryStore('streamspace-history-denied')).to.equal(null);
      });

      it('open is blocked by another tab', async () => {
        const request = {} as IDBOpenDBRequest & { onblocked: () => void };
        fake({ open: () => request });
        const result = openHistoryStore('streamspace-history-blocked');
        request.onblocked();
        expect(await result).to.equal(null);
      });

      it('open fails', async () => {
        const request = {} as IDBOpenDBRequest & { onerror: (event: Event) => void };
        fake({ open: () => request });
        const result = openHistoryStore('streamspace-history-failed');
        request.onerror(new Event('error'));
        expect(await result).to.equal(null);
      });
    });
  });

  describe('HistoryPersistence', () => {
    it('keeps entries across a reload, read state included', async () => {
      const name = freshName();
      const first = tab(name);
      for (let n = 0; n < 3; n++) first.add(alert(n));
      first.history.markRead(first.history.entries[0].id);
      await first.ready();
      expect(first.persistence.backend).to.equal('indexeddb');
      first.persistence.close();

      const second = track(tab(name));
      await second.ready();
      expect(second.history.entries.map((e) => [e.message, e.read])).to.deep.equal([
        ['Alert 2', true],
        ['Alert 1', false],
        ['Alert 0', false],
      ]);
    });

    it('a reconnect (another open for the same user) keeps storing', async () => {
      const name = freshName();
      const t = track(tab(name));
      await t.ready();
      t.connection.dispatchEvent(new CustomEvent('streamspace-open'));
      t.add(alert(1));
      await t.ready();
      expect(t.persistence.backend).to.equal('indexeddb');
      const db = await rawOpen(`streamspace-history-${name}`, SCHEMA_VERSION);
      expect(await rawAll(db)).to.have.length(1);
      db.close();
    });

    it('a new user on the next open gets an empty history of their own', async () => {
      let user = freshName();
      const connection = Object.assign(new EventTarget(), { userKey: async () => user }) as unknown as HistorySource & EventTarget;
      const binding = track({ persistence: new HistoryBinding(connection) }).persistence;
      binding.history.add(alert(1), createFormatter()(alert(1))!);
      await waitUntil(() => binding.backend === 'indexeddb');
      user = freshName();
      connection.dispatchEvent(new CustomEvent('streamspace-open'));
      await waitUntil(() => binding.history.size === 0, 'the previous user’s entry stayed');
      connection.dispatchEvent(new CustomEvent('streamspace-state', { detail: { state: 'unauthenticated' } }));
      expect(binding.backend).to.equal('none');
    });

    it('skips stored records of an unexpected shape', async () => {
      const name = freshName();
      const db = await rawOpen(`streamspace-history-${name}`, SCHEMA_VERSION, (d) => {
        d.createObjectStore('entries', { keyPath: 'id' });
        d.createObjectStore('gaps', { keyPath: 'id' });
      });
      const good = tab('scratch', false);
      good.add(alert(1));
      const [record] = good.history.takeJournal()!.put!;
      await rawPut(db, [{ id: 'junk', title: 42 }, { id: 'half', key: 'x' }, record]);
      db.close();
      const t = track(tab(name));
      await t.ready();
      expect(t.history.entries.map((e) => e.message)).to.deep.equal(['Alert 1']);
    });

    it('a different user never sees another user’s history', async () => {
      const alice = track(tab(freshName()));
      alice.add(alert(1));
      await alice.ready();
      const bob = track(tab(freshName()));
      await bob.ready();
      expect(bob.history.size).to.equal(0);
    });

    it('session: memory only, nothing written', async () => {
      const name = freshName();
      const t = track(tab(name, false));
      t.add(alert(1));
      await t.ready();
      expect(t.persistence.backend).to.equal('memory');
      const later = track(tab(name));
      await later.ready();
      expect(later.history.size).to.equal(0);
    });

    it('goes on in memory when IndexedDB is unavailable', async () => {
      const t = track(tab(freshName(), true, async () => null));
      t.add(alert(1));
      await t.ready();
      expect(t.persistence.backend).to.equal('memory');
      expect(t.history.size).to.equal(1);
    });

    it('goes on in memory when a write fails (over quota)', async () => {
      let writes = 0;
      let closed = false;
      const store: HistoryStore = {
        load: async () => [],
        write: async () => {
          writes++;
          throw new DOMException('full', 'QuotaExceededError');
        },
        close: () => (closed = true),
      };
      const t = track(tab(freshName(), true, async () => store));
      t.add(alert(1));
      await t.ready();
      expect(t.persistence.backend).to.equal('memory');
      expect(closed).to.be.true;
      t.add(alert(2));
      await t.ready();
      expect(writes).to.equal(1);
      expect(t.history.size).to.equal(2);
    });

    it('goes on in memory when loading fails', async () => {
      const store: HistoryStore = {
        load: async () => {
          throw new DOMException('gone', 'InvalidStateError');
        },
        write: async () => [],
        close: () => {},
      };
      const t = track(tab(freshName(), true, async () => store));
      await t.ready();
      expect(t.persistence.backend).to.equal('memory');
    });

    it('batches: a 2,000-message burst is a few transactions, of what is kept only', async () => {
      const name = freshName();
      let writes = 0;
      const t = track(
        tab(name, true, async (dbName) => {
          const store = (await openHistoryStore(dbName))!;
          return { ...store, write: (batch) => (writes++, store.write(batch)) };
        }),
      );
      for (let n = 0; n < 2000; n++) t.add(alert(n));
      await t.ready();
      // The 500 kept are written in transactions of 100; the 1,500 evicted never are.
      expect(writes).to.equal(5);
      const db = await rawOpen(`streamspace-history-${name}`, SCHEMA_VERSION);
      expect(await rawAll(db)).to.have.length(500);
      db.close();
    });

    describe('two tabs of one user', () => {
      it('one entry per message when both receive it; read, delete and clear sync', async () => {
        const name = freshName();
        const a = track(tab(name));
        const b = track(tab(name));
        await Promise.all([a.ready(), b.ready()]);
        for (let n = 0; n < 3; n++) {
          a.add(alert(n));
          b.add(alert(n));
        }
        await Promise.all([a.ready(), b.ready()]);
        const db = await rawOpen(`streamspace-history-${name}`, SCHEMA_VERSION);
        expect(await rawAll(db)).to.have.length(3);
        db.close();
        expect(a.history.size).to.equal(3);
        expect(b.history.size).to.equal(3);

        a.history.markRead(a.history.entries[0].id);
        await waitUntil(() => b.history.unreadCount === 2, 'read reached the other tab');
        a.history.delete(a.history.entries[1].id);
        await waitUntil(() => b.history.size === 2, 'delete reached the other tab');
        expect(b.history.entries.map((e) => e.id)).to.deep.equal(a.history.entries.map((e) => e.id));
        // A late copy of the deleted message in the other tab does not bring it back.
        b.add(alert(1));
        expect(b.history.size).to.equal(2);
        b.history.clear();
        await waitUntil(() => a.history.size === 0, 'clear reached the other tab');
      });

      it('a tab that did not receive a message gets its entry from the one that did', async () => {
        const name = freshName();
        const a = track(tab(name));
        const b = track(tab(name));
        await Promise.all([a.ready(), b.ready()]);
        a.add(alert(5));
        await waitUntil(() => b.history.size === 1);
        expect(b.history.unreadCount).to.equal(1);
      });

      it('a read in one tab is not undone by the other tab’s late write of the same message', async () => {
        const name = freshName();
        const a = track(tab(name));
        a.add(alert(1));
        a.history.markRead(a.history.entries[0].id);
        await a.ready();
        // A tab without the channel's news (it opened later) receives the same message unread.
        const b = track(tab(name));
        await b.ready();
        b.history.reset();
        b.add(alert(1));
        await b.ready();
        expect(b.history.entries[0].read, 'storage told it the entry was read').to.be.true;
      });
    });
  });
});
