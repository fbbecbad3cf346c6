// Runs the React 19 example (demo/frameworks/react) against a mock endpoint.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { SecurityAlerts } from '../../demo/frameworks/react/SecurityAlerts.js';
import type { StreamSpaceEnterpriseWs, StreamSpaceToastStack } from '../../src/index.js';
import { openSockets, startMockEndpoint, type MockEndpoint } from '../helpers/mock-server.js';
import { batch, HOSTILE_TEXT, nodeHealth, securityAlert, welcome } from './messages.js';

const TOKEN = 'react.jwt.token';

describe('React 19 example', () => {
  let endpoint: MockEndpoint;
  let container: HTMLElement;
  let root: Root;

  const element = () => container.querySelector('streamspace-enterprise-ws') as StreamSpaceEnterpriseWs;
  const stateText = () => container.querySelector('output')?.textContent;
  const alertItems = () => [...container.querySelectorAll('li')].map((li) => li.textContent);

  beforeEach(async () => {
    endpoint = startMockEndpoint();
    endpoint.server.on('connection', (socket) => socket.send(JSON.stringify(welcome)));
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    flushSync(() => root.render(createElement(SecurityAlerts, { url: endpoint.url, token: TOKEN })));
    await waitUntil(() => stateText() === 'open', 'the example never showed "open"');
  });

  afterEach(() => {
    root.unmount();
    container.remove();
    endpoint.stop();
  });

  it('passes url and token as properties: the token reaches the server but never the DOM', () => {
    expect(endpoint.tokens).to.deep.equal([TOKEN]);
    expect(element().token).to.equal(TOKEN);
    expect(element().hasAttribute('token')).to.equal(false);
    expect(container.innerHTML).not.to.contain(TOKEN);
  });

  it('shows the state from the onstreamspace-state event prop', () => {
    expect(element().state).to.equal('open');
    expect(stateText()).to.equal('open');
  });

  it('lists every security.alert of a batched frame, through the ref listener, as text', async () => {
    endpoint.server.clients()[0].send(
      batch(securityAlert('high', HOSTILE_TEXT), nodeHealth, securityAlert('low', 'Password changed')),
    );
    await waitUntil(() => alertItems().length === 2, 'the alerts never appeared');
    expect(alertItems()).to.deep.equal([`high: ${HOSTILE_TEXT}`, 'low: Password changed']);
    expect(container.querySelector('li img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows toasts in the child <streamspace-toast-stack>, configured by React props', async () => {
    const stack = container.querySelector('streamspace-toast-stack') as StreamSpaceToastStack;
    expect(stack.position).to.equal('top-right');
    expect(stack.maxVisible).to.equal(3);
    endpoint.server.clients()[0].send(JSON.stringify(securityAlert('critical', 'Root login from a new country')));
    await waitUntil(
      () => stack.shadowRoot?.textContent?.includes('Root login from a new country'),
      'no toast in the child stack',
    );
  });

  it('calls element methods through the ref: "Reconnect now" opens a new socket', async () => {
    container.querySelector('button')!.click();
    await waitUntil(() => endpoint.tokens.length === 2, 'no second connection');
    await waitUntil(() => stateText() === 'open');
    expect(openSockets(endpoint)).to.equal(1);
  });

  it('closes the socket when the component unmounts', async () => {
    root.unmount();
    await waitUntil(() => openSockets(endpoint) === 0, 'the socket stayed open');
    root = createRoot(container); // afterEach unmounts again
  });
});
