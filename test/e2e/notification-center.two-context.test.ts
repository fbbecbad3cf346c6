// Two same-origin browsing contexts (iframes: one IndexedDB, one BroadcastChannel space, as
// two tabs have), each with its own socket to the StreamSpace-like endpoint and the drop-in
// script: one entry per message, and read, delete and clear show in the other at once.
import { expect, waitUntil } from '@open-wc/testing';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { userKey } from '../../src/connection/user-key.js';
import type { StreamSpaceNotificationCenter } from '../../src/elements/notification-center/notification-center.js';

const TOKEN_KEY = 'center-two-context-token';

interface Tab {
  frame: HTMLIFrameElement;
  center: () => StreamSpaceNotificationCenter;
}

function openTab(url: string): Promise<Tab> {
  const frame = document.createElement('iframe');
  // srcdoc documents share the parent's origin (and so its storage and channels).
  frame.srcdoc = `<!doctype html><html lang="en"><body>
<script src="/dist/streamspace-enterprise-ws.iife.js"></script>
<streamspace-enterprise-ws url="${url}" token-key="${TOKEN_KEY}" share="false" notifications="false"></streamspace-enterprise-ws>
<streamspace-notification-center></streamspace-notification-center></body></html>`;
  document.body.append(frame);
  const tab: Tab = {
    frame,
    center: () => frame.contentDocument!.querySelector('streamspace-notification-center') as StreamSpaceNotificationCenter,
  };
  return waitUntil(
    () => (tab.center()?.connectionElement as { state?: string } | null)?.state === 'open',
    'the tab never connected',
    { timeout: 20_000 },
  ).then(() => tab);
}

function storedCount(name: string): Promise<number> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      const count = db.transaction('entries').objectStore('entries').count();
      count.onsuccess = () => resolve((db.close(), count.result));
    };
  });
}

describe('notification center in two tabs of one user', function () {
  this.timeout(40_000);
  let endpoint: TestEndpoint;
  let tabs: Tab[] = [];
  let user: string;
  let dbName: string;

  beforeEach(async () => {
    endpoint = await startEndpoint();
    user = `two-context-${Date.now().toString(36)}`;
    const token = await endpoint.token(user);
    localStorage.setItem(TOKEN_KEY, token);
    dbName = `streamspace-history-${await userKey(token)}`;
    tabs = [await openTab(endpoint.url), await openTab(endpoint.url)];
    await waitUntil(async () => (await endpoint.clients(user)) === 2, 'two sockets');
  });

  afterEach(async () => {
    for (const tab of tabs) tab.frame.remove();
    localStorage.removeItem(TOKEN_KEY);
    await endpoint.close();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(dbName);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  });

  it('one entry per message, whichever tab writes it', async () => {
    await endpoint.broadcast('broadcastSecurityAlert', user, 'failed_login', 'high', 'Failed login for admin');
    await endpoint.broadcast('broadcastSecurityAlert', user, 'mfa_failed', 'critical', 'MFA failed');
    for (const tab of tabs) await waitUntil(() => tab.center().entries.length === 2, 'each tab lists both');
    await waitUntil(async () => (await storedCount(dbName)) === 2, 'stored once each');
    const [a, b] = tabs.map((tab) => tab.center().entries.map((e) => e.id));
    expect(a).to.deep.equal(b);
    expect(tabs.map((tab) => tab.center().unreadCount)).to.deep.equal([2, 2]);
  });

  it('read, delete and clear in one tab show in the other at once', async () => {
    await endpoint.burst(user, [
      { type: 'security.alert', data: { alert_type: 'failed_login', severity: 'high', message: 'one' } },
      { type: 'security.alert', data: { alert_type: 'failed_login', severity: 'high', message: 'two' } },
      { type: 'security.alert', data: { alert_type: 'failed_login', severity: 'high', message: 'three' } },
    ]);
    const [a, b] = tabs.map((tab) => tab.center());
    await waitUntil(() => a.entries.length === 3 && b.entries.length === 3);
    const first = a.entries[0].id;
    (a.connectionElement as unknown as { history: { markRead(id: string): void } }).history.markRead(first);
    await waitUntil(() => b.unreadCount === 2, 'read did not reach the other tab');
    expect(b.entries.find((e) => e.id === first)!.read).to.be.true;
    b.markAllRead();
    await waitUntil(() => a.unreadCount === 0, 'mark all read did not reach the other tab');
    (b.connectionElement as unknown as { history: { delete(id: string): void } }).history.delete(first);
    await waitUntil(() => a.entries.length === 2, 'delete did not reach the other tab');
    a.clear();
    await waitUntil(() => b.entries.length === 0, 'clear did not reach the other tab');
    await waitUntil(async () => (await storedCount(dbName)) === 0, 'storage not cleared');
  });
});
