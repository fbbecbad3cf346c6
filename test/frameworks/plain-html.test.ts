// Runs the plain-HTML example (demo/frameworks/html): only the drop-in script and a small
// external script, under the page's strict CSP, against the JWT-checking StreamSpace-like
// endpoint mounted on this origin (same-origin-endpoint-plugin.mjs). The drop-in script is
// built from this checkout (drop-in-script-plugin.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { HOSTILE_TEXT, nodeHealth, securityAlert } from './messages.js';

const USER = 'html-example';
const TOKEN_KEY = 'portal.jwt'; // the page's token-key attribute

const token = () => executeServerCommand<string, { user: string }>('frameworks-endpoint-token', { user: USER });
/** Messages sent together leave the endpoint as one batched frame. */
const send = (...messages: object[]) =>
  executeServerCommand<number, { user: string; messages: object[] }>('frameworks-endpoint-send', { user: USER, messages });
const clients = () => executeServerCommand<number, { user: string }>('frameworks-endpoint-clients', { user: USER });

describe('plain HTML example (drop-in script only)', () => {
  let frame: HTMLIFrameElement;
  let jwt: string;
  const page = () => frame.contentDocument!;
  const stateText = () => page().getElementById('state')?.textContent;
  const alertItems = () => [...page().querySelectorAll('#alerts li')].map((li) => li.textContent);

  before(async () => {
    jwt = await token();
    localStorage.setItem(TOKEN_KEY, jwt);
    frame = document.createElement('iframe');
    frame.src = '/demo/frameworks/html/index.html';
    document.body.append(frame);
    await waitUntil(() => stateText() === 'open', 'the page never showed "open"', { timeout: 8000 });
  });

  after(async () => {
    frame.remove();
    localStorage.removeItem(TOKEN_KEY);
    await waitUntil(async () => (await clients()) === 0, 'the socket outlived the page');
  });

  it('defines both elements from the one script, without a build step or inline script', () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    expect(win.customElements.get('streamspace-enterprise-ws')).to.be.a('function');
    expect(win.customElements.get('streamspace-toast-stack')).to.be.a('function');
    expect([...page().scripts].every((script) => script.src && !script.textContent?.trim())).to.equal(true);
  });

  it('connects to its own origin, authenticated by the token from localStorage (token-key)', async () => {
    expect(await clients()).to.equal(1);
    expect(page().documentElement.outerHTML).not.to.contain(jwt);
  });

  it('hears every security.alert of a batched frame on document, and renders server text as text', async () => {
    expect(await send(securityAlert('high', HOSTILE_TEXT), nodeHealth, securityAlert('low', 'Password changed'))).to.equal(1);
    await waitUntil(() => alertItems().length === 2, 'the alerts never appeared');
    expect(alertItems()).to.deep.equal([`high: ${HOSTILE_TEXT}`, 'low: Password changed']);
    expect(page().querySelector('#alerts img')).to.equal(null);
    expect((frame.contentWindow as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows toasts in the child stack configured by attributes, text only', async () => {
    const stack = page().querySelector('streamspace-toast-stack')!;
    expect((stack as unknown as { maxVisible: number }).maxVisible).to.equal(3);
    await send(securityAlert('critical', 'Root login from a new country'));
    await waitUntil(() => stack.shadowRoot?.textContent?.includes('Root login from a new country'), 'no toast');
    expect(stack.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
