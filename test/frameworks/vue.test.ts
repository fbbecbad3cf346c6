// Runs the Vue 3 example (demo/frameworks/vue) against a mock endpoint, compiled like a Vite
// app with `isCustomElement` (see vue-sfc-plugin.mjs), and checks which v-on forms work for
// dotted event names.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, type App } from 'vue';
import SecurityAlerts from '../../demo/frameworks/vue/SecurityAlerts.vue';
import { isCustomElement } from '../../demo/frameworks/vue/custom-elements.js';
import type { StreamSpaceEnterpriseWs, StreamSpaceToastStack } from '../../src/index.js';
import { openSockets, startMockEndpoint, type MockEndpoint } from '../helpers/mock-server.js';
import { batch, HOSTILE_TEXT, nodeHealth, securityAlert, welcome } from './messages.js';
import DottedEventNames from './vue/DottedEventNames.vue';

const TOKEN = 'vue.jwt.token';

function mount(component: typeof SecurityAlerts, props: Record<string, unknown> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp(component, props);
  app.config.warnHandler = (message) => {
    throw new Error(`Vue warning: ${message}`);
  };
  app.mount(container);
  return { app, container };
}

describe('Vue 3 example', () => {
  let endpoint: MockEndpoint;
  let app: App;
  let container: HTMLElement;

  const element = () => container.querySelector('streamspace-enterprise-ws') as StreamSpaceEnterpriseWs;
  const stateText = () => container.querySelector('output')?.textContent;
  const alertItems = () => [...container.querySelectorAll('li')].map((li) => li.textContent);

  beforeEach(async () => {
    endpoint = startMockEndpoint();
    endpoint.server.on('connection', (socket) => socket.send(JSON.stringify(welcome)));
    ({ app, container } = mount(SecurityAlerts, { url: endpoint.url, token: TOKEN }));
    await waitUntil(() => stateText() === 'open', 'the example never showed "open"');
  });

  afterEach(() => {
    app.unmount();
    container.remove();
    endpoint.stop();
  });

  it('treats <streamspace-*> tags as custom elements, not Vue components', () => {
    expect(isCustomElement('streamspace-enterprise-ws')).to.equal(true);
    expect(isCustomElement('streamspace-toast-stack')).to.equal(true);
    expect(isCustomElement('router-view')).to.equal(false);
    expect(element()).to.be.instanceOf(customElements.get('streamspace-enterprise-ws')!);
  });

  it('binds url and token as properties: the token reaches the server but never the DOM', () => {
    expect(endpoint.tokens).to.deep.equal([TOKEN]);
    expect(element().token).to.equal(TOKEN);
    expect(element().hasAttribute('token')).to.equal(false);
    expect(container.innerHTML).not.to.contain(TOKEN);
  });

  it('lists every security.alert of a batched frame (v-on object syntax), as text', async () => {
    endpoint.server.clients()[0].send(
      batch(securityAlert('high', HOSTILE_TEXT), nodeHealth, securityAlert('low', 'Password changed')),
    );
    await waitUntil(() => alertItems().length === 2, 'the alerts never appeared');
    expect(alertItems()).to.deep.equal([`high: ${HOSTILE_TEXT}`, 'low: Password changed']);
    expect(container.querySelector('li img')).to.equal(null);
  });

  it('configures the child <streamspace-toast-stack> through :max-visible and shows toasts in it', async () => {
    const stack = container.querySelector('streamspace-toast-stack') as StreamSpaceToastStack;
    expect(stack.maxVisible).to.equal(3);
    expect(stack.position).to.equal('top-right');
    endpoint.server.clients()[0].send(JSON.stringify(securityAlert('critical', 'Root login from a new country')));
    await waitUntil(() => stack.shadowRoot?.textContent?.includes('Root login from a new country'));
  });

  it('calls element methods through a template ref: "Reconnect now" opens a new socket', async () => {
    container.querySelector('button')!.click();
    await waitUntil(() => endpoint.tokens.length === 2, 'no second connection');
    await waitUntil(() => stateText() === 'open');
    expect(openSockets(endpoint)).to.equal(1);
  });

  it('closes the socket when the app unmounts', async () => {
    app.unmount();
    await waitUntil(() => openSockets(endpoint) === 0, 'the socket stayed open');
    ({ app, container } = mount(DottedEventNames)); // afterEach unmounts again
  });
});

describe('Vue 3: listening to a dotted event name', () => {
  let app: App;
  let container: HTMLElement;
  let element: Element;
  const counts = () => JSON.parse(container.querySelector('output')!.textContent!);
  const fire = async (type: string, detail?: unknown) => {
    element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    await nextTick();
  };

  beforeEach(() => {
    ({ app, container } = mount(DottedEventNames));
    element = container.querySelector('streamspace-enterprise-ws')!;
  });
  afterEach(() => {
    app.unmount();
    container.remove();
  });

  it('v-on="{ \'security.alert\': fn }", @[name] and @streamspace-message receive security.alert; @security.alert does not', async () => {
    const message = securityAlert('high', 'x');
    await fire('security.alert', message);
    await fire('streamspace-message', message);
    expect(counts()).to.deep.equal({ modifierSyntax: 0, objectSyntax: 1, dynamicName: 1, messageFilter: 1 });
  });

  it('@security.alert listens to an event named "security": Vue drops "alert" as a modifier', async () => {
    await fire('security');
    expect(counts()).to.deep.equal({ modifierSyntax: 1, objectSyntax: 0, dynamicName: 0, messageFilter: 0 });
  });
});
