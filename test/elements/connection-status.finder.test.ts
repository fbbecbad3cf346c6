// How the pill finds its <streamspace-enterprise-ws>: `for`, else the closest, else the first
// in the document, including one attached later.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import { type MockEndpoint, startMockEndpoint } from '../helpers/mock-server.js';
import { observerSpy, pill } from './connection-status.helpers.js';

const TOKEN = 'header.payload.signature';

describe('<streamspace-connection-status> finds its connection element', () => {
  let endpoint: MockEndpoint;
  let observers: ReturnType<typeof observerSpy>;
  const added: Element[] = [];

  /** Markup in a fresh container; connection elements are manual unless connected by the test. */
  const mount = async (markup: string) => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = markup.replaceAll('<streamspace-enterprise-ws', `<streamspace-enterprise-ws manual notifications="false" url="${endpoint.url}"`);
    await Promise.all([...container.querySelectorAll('streamspace-connection-status')].map((el) => el.updateComplete));
    return container;
  };
  const byId = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;

  beforeEach(() => {
    localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: TOKEN }, version: 0 }));
    endpoint = startMockEndpoint();
    observers = observerSpy();
  });

  afterEach(() => {
    observers.restore();
    for (const node of added.splice(0)) node.remove();
    endpoint.stop();
    localStorage.clear();
  });

  it('`for`: the element with that id, wherever it is; a new `for` switches', async () => {
    await mount(`<streamspace-enterprise-ws id="a"></streamspace-enterprise-ws>
      <streamspace-enterprise-ws id="b"><streamspace-connection-status id="s" for="a"></streamspace-connection-status></streamspace-enterprise-ws>`);
    const el = byId<StreamSpaceConnectionStatus>('s');
    expect(el.connectionElement).to.equal(byId('a'));
    el.htmlFor = 'b';
    await el.updateComplete;
    expect(el.connectionElement).to.equal(byId('b'));
    el.setAttribute('for', 'a');
    await el.updateComplete;
    expect(el.connectionElement).to.equal(byId('a'));
    expect(observers.active).to.equal(0);
  });

  it('without `for`: the closest around it, even from inside a shadow root', async () => {
    await mount(`<streamspace-enterprise-ws id="a"></streamspace-enterprise-ws>
      <streamspace-enterprise-ws id="b"><streamspace-connection-status id="s"></streamspace-connection-status><div id="host"></div></streamspace-enterprise-ws>`);
    expect(byId<StreamSpaceConnectionStatus>('s').connectionElement).to.equal(byId('b'));
    const shadow = byId<HTMLElement>('host').attachShadow({ mode: 'open' });
    const inner = document.createElement('streamspace-connection-status');
    shadow.append(inner);
    await inner.updateComplete;
    expect(inner.connectionElement).to.equal(byId('b'));
  });

  it('else the first in the document', async () => {
    await mount(`<streamspace-enterprise-ws id="a"></streamspace-enterprise-ws><streamspace-enterprise-ws id="b"></streamspace-enterprise-ws>
      <header><streamspace-connection-status id="s"></streamspace-connection-status></header>`);
    expect(byId<StreamSpaceConnectionStatus>('s').connectionElement).to.equal(byId('a'));
  });

  it('one attached later is found, and the pill stops watching the page then', async () => {
    const container = await mount(`<streamspace-connection-status id="s"></streamspace-connection-status>`);
    const el = byId<StreamSpaceConnectionStatus>('s');
    expect(el.connectionElement).to.equal(null);
    expect(pill(el).label).to.equal('Connecting…');
    expect(observers.active).to.equal(1);
    container.insertAdjacentHTML('beforeend', `<streamspace-enterprise-ws id="late" url="${endpoint.url}" notifications="false"></streamspace-enterprise-ws>`);
    await waitUntil(() => el.connectionElement === byId('late'), 'not found');
    expect(observers.active).to.equal(0);
    await waitUntil(() => pill(el).label === 'Live', 'does not follow the late element');
    byId<StreamSpaceEnterpriseWs>('late').disconnect();
  });

  it('a `for` id that appears later (added, or set on an element) is found', async () => {
    const container = await mount(`<streamspace-connection-status id="s" for="late"></streamspace-connection-status>
      <streamspace-enterprise-ws id="other"></streamspace-enterprise-ws>`);
    const el = byId<StreamSpaceConnectionStatus>('s');
    expect(el.connectionElement, '`for` names one element only').to.equal(null);
    byId('other').id = 'late';
    await waitUntil(() => el.connectionElement === byId('late'), 'renamed one not found');
    el.htmlFor = 'later';
    await el.updateComplete;
    expect(el.connectionElement).to.equal(null);
    const later = document.createElement('streamspace-enterprise-ws');
    later.id = 'later';
    later.manual = true;
    later.notifications = false;
    container.append(later);
    await waitUntil(() => el.connectionElement === later, 'added one not found');
    expect(observers.active).to.equal(0);
  });

  it('its connection element removed for good, it looks again', async () => {
    const container = await mount(`<streamspace-enterprise-ws id="a"></streamspace-enterprise-ws>
      <streamspace-connection-status id="s"></streamspace-connection-status>`);
    const el = byId<StreamSpaceConnectionStatus>('s');
    const first = byId<StreamSpaceEnterpriseWs>('a');
    first.connect();
    await waitUntil(() => pill(el).label === 'Live', 'not live');
    first.remove();
    await waitUntil(() => el.connectionElement === null, 'still bound to the removed element');
    const next = document.createElement('streamspace-enterprise-ws');
    next.url = endpoint.url;
    next.notifications = false;
    container.append(next);
    await waitUntil(() => el.connectionElement === next && pill(el).label === 'Live', 'the new one is not shown');
    next.disconnect();
  });
});
