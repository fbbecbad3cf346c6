// The built `streamspace-enterprise-ws/connection` entry (dist/connection.js), imported alone in
// a page: it defines no element, loads no Lit, and a connection made from it delivers typed events.
import { expect, waitUntil } from '@open-wc/testing';
import type * as ConnectionEntry from '../../src/connection-entry.js';
import { startMockEndpoint, type MockEndpoint } from '../helpers/mock-server.js';

const ENTRY = '/dist/connection.js';

describe('streamspace-enterprise-ws/connection', () => {
  let entry: typeof ConnectionEntry;
  let endpoint: MockEndpoint;

  before(async () => {
    entry = (await import(/* @vite-ignore */ ENTRY as string)) as typeof ConnectionEntry;
  });
  beforeEach(() => {
    endpoint = startMockEndpoint();
  });
  afterEach(() => endpoint.stop());

  it('has no side effect: no element defined, no Lit loaded', () => {
    for (const tag of ['streamspace-enterprise-ws', 'streamspace-toast-stack', 'streamspace-notification-center', 'streamspace-connection-status']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(Object.keys(entry)).to.include.members(['StreamSpaceConnection', 'parseFrame', 'LIFECYCLE_EVENTS']);
    expect(Object.keys(entry).some((name) => /Element|Ws$|Stack|Controller$/.test(name))).to.equal(false);
  });

  it('imports nothing but its own chunks (no Lit, no bare specifier)', async () => {
    // The test framework itself loads Lit into this page, so the entry's module graph is read instead.
    const seen = new Set<string>();
    const bare: string[] = [];
    const visit = async (url: string): Promise<void> => {
      if (seen.has(url)) return;
      seen.add(url);
      const source = await (await fetch(url)).text();
      for (const [, specifier] of source.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*\bfrom\s*)?["']([^"']+)["']/g)) {
        if (specifier!.startsWith('.')) await visit(new URL(specifier!, new URL(url, location.href)).pathname);
        else bare.push(specifier!);
      }
    };
    await visit(ENTRY);
    expect(seen.size).to.be.greaterThan(1);
    expect(bare).to.deep.equal([]);
  });

  it('connects and fires typed message and lifecycle events', async () => {
    const connection = new entry.StreamSpaceConnection({ url: endpoint.url, token: 'header.payload.signature' });
    const alerts: string[] = [];
    const states: string[] = [];
    connection.addEventListener('security.alert', (event) => alerts.push(event.detail.data.message ?? ''));
    connection.addEventListener('streamspace-state', (event) => states.push(event.detail.state));
    connection.connect();
    await waitUntil(() => connection.connected, 'never opened');
    endpoint.server.emit('message', '{"type":"security.alert","data":{"severity":"high","alert_type":"failed_login","message":"5 failed logins"}}');
    await waitUntil(() => alerts.length === 1);
    expect(alerts).to.deep.equal(['5 failed logins']);
    expect(states).to.deep.equal(['connecting', 'open']);
    connection.disconnect();
    expect(connection.connected).to.equal(false);
  });
});
