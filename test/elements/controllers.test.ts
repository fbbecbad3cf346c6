import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import '../../src/define.js';
import { StreamSpaceConnection } from '../../src/connection/connection.js';
import { streamspaceConnectionContext } from '../../src/controllers/context.js';
import { StreamSpaceConnectionController } from '../../src/controllers/connection-controller.js';
import { StreamSpaceEventController } from '../../src/controllers/event-controller.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { KnownMessage } from '../../src/protocol/messages.js';
import { type MockEndpoint, startMockEndpoint } from '../helpers/mock-server.js';
import { ContextConsumer } from '@lit/context';

/** A Lit author's component: both controllers, no wiring beyond being a descendant. */
class AlertPanel extends LitElement {
  readonly status = new StreamSpaceConnectionController(this);
  alerts: KnownMessage<'security.alert'>[] = [];
  renders = 0;
  readonly events = new StreamSpaceEventController(this, {
    types: ['security.alert'],
    handler: (message) => {
      this.alerts.push(message);
      this.requestUpdate();
    },
  });

  override render() {
    this.renders += 1;
    return html`<p>${this.status.state}</p><p>${this.alerts.map((a) => a.data.severity).join(',')}</p>`;
  }
}
customElements.define('test-alert-panel', AlertPanel);

class ContextProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: streamspaceConnectionContext, subscribe: true });
}
customElements.define('test-context-probe', ContextProbe);

describe('Lit context and controllers', () => {
  let endpoint: MockEndpoint;

  beforeEach(() => {
    localStorage.setItem('streamspace_token', 'jwt');
    endpoint = startMockEndpoint();
  });
  afterEach(() => {
    endpoint.stop();
    localStorage.clear();
  });

  it('provides its connection to descendants through context', async () => {
    const el = await fixture<StreamSpaceEnterpriseWs>(
      fixtureHtml`<streamspace-enterprise-ws url=${endpoint.url} notifications="false"><test-context-probe></test-context-probe></streamspace-enterprise-ws>`,
    );
    const probe = el.querySelector('test-context-probe') as ContextProbe;
    expect(probe.consumer.value).to.equal(el.connection);
    expect(probe.consumer.value).to.be.instanceOf(StreamSpaceConnection);
  });

  it('a component using both controllers re-renders on state and receives every alert of a batch', async () => {
    const el = await fixture<StreamSpaceEnterpriseWs>(
      fixtureHtml`<streamspace-enterprise-ws url=${endpoint.url} notifications="false"><test-alert-panel></test-alert-panel></streamspace-enterprise-ws>`,
    );
    const panel = el.querySelector('test-alert-panel') as AlertPanel;
    await waitUntil(() => panel.shadowRoot?.textContent?.includes('open'), 'state never rendered');
    expect(panel.status.connected).to.be.true;
    endpoint.server.emit(
      'message',
      ['low', 'high', 'critical'].map((severity) => JSON.stringify({ type: 'security.alert', data: { severity, alert_type: 'x', message: 'm' } })).join('\n') +
        '\n{"type":"node.health","data":{}}',
    );
    await panel.updateComplete;
    expect(panel.alerts.map((a) => a.data.severity)).to.deep.equal(['low', 'high', 'critical']);
    expect(panel.shadowRoot!.textContent).to.contain('low,high,critical');
    expect(panel.status.lastMessage?.type).to.equal('node.health');
  });

  it('stops delivering when the host is removed', async () => {
    const el = await fixture<StreamSpaceEnterpriseWs>(
      fixtureHtml`<streamspace-enterprise-ws url=${endpoint.url} notifications="false"><test-alert-panel></test-alert-panel></streamspace-enterprise-ws>`,
    );
    const panel = el.querySelector('test-alert-panel') as AlertPanel;
    await waitUntil(() => el.state === 'open');
    panel.remove();
    endpoint.server.emit('message', '{"type":"security.alert","data":{"severity":"high"}}');
    expect(panel.alerts).to.have.length(0);
  });

  it('works with an explicitly given connection, without any element', async () => {
    const connection = new StreamSpaceConnection({ url: endpoint.url, token: 't' });
    class Standalone extends LitElement {
      readonly status = new StreamSpaceConnectionController(this, { connection });
      readonly seen: string[] = [];
      readonly events = new StreamSpaceEventController(this, { types: '*', connection, handler: (m) => this.seen.push(m.type) });
    }
    customElements.define('test-standalone-consumer', Standalone);
    const consumer = await fixture<Standalone>(fixtureHtml`<test-standalone-consumer></test-standalone-consumer>`);
    connection.connect();
    await waitUntil(() => consumer.status.state === 'open');
    endpoint.server.emit('message', '{"type":"a.b"}\n{"type":"c.d"}');
    expect(consumer.seen).to.deep.equal(['a.b', 'c.d']);
    connection.disconnect();
  });
});
