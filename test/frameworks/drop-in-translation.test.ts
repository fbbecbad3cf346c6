// A page that loads the drop-in script and dist/translations/de.js, with <html lang="de">
// (test/frameworks/drop-in-de.html), against the same-origin StreamSpace-like endpoint: what a
// person sees and hears is German, and the server's own text is left as it came.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { nodeHealth, securityAlert } from './messages.js';

/** Stamped now: the history keeps 30 days, so messages.ts's fixed 2025 time would not be kept. */
const now = <T extends object>(message: T): T => ({ ...message, timestamp: new Date().toISOString() });

const USER = 'drop-in-de';
const TOKEN_KEY = 'portal-de.jwt';

const token = () => executeServerCommand<string, { user: string }>('frameworks-endpoint-token', { user: USER });
const send = (...messages: object[]) =>
  executeServerCommand<number, { user: string; messages: object[] }>('frameworks-endpoint-send', { user: USER, messages });
const clients = () => executeServerCommand<number, { user: string }>('frameworks-endpoint-clients', { user: USER });

describe('drop-in script + dist/translations/de.js on a lang="de" page', () => {
  let frame: HTMLIFrameElement;
  const page = () => frame.contentDocument!;
  const shadowOf = (selector: string) => page().querySelector(selector)?.shadowRoot ?? null;
  const text = (root: ParentNode | null, selector: string) => root?.querySelector(selector)?.textContent?.trim() ?? '';
  const ws = () => page().querySelector('streamspace-enterprise-ws') as unknown as { state: string; shadowRoot: ShadowRoot };
  const stack = () => ws().shadowRoot.querySelector('streamspace-toast-stack')?.shadowRoot ?? null;

  before(async () => {
    localStorage.setItem(TOKEN_KEY, await token());
    frame = document.createElement('iframe');
    frame.src = '/test/frameworks/drop-in-de.html';
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    await waitUntil(() => page()?.querySelector('streamspace-enterprise-ws') && ws().state === 'open', 'never opened', { timeout: 8000 });
  });

  after(async () => {
    frame.remove();
    localStorage.removeItem(TOKEN_KEY);
    await waitUntil(async () => (await clients()) === 0, 'the socket outlived the page');
  });

  it('registers German through the drop-in script’s global', () => {
    const global = (frame.contentWindow as unknown as { StreamSpaceEnterpriseWs: { registerTranslation: unknown; translationFor(lang: string): { $name: string } } })
      .StreamSpaceEnterpriseWs;
    expect(global.registerTranslation).to.be.a('function');
    expect(global.translationFor('de').$name).to.equal('Deutsch');
    // The translation script adds no global of its own.
    expect(Object.keys(frame.contentWindow!).filter((key) => /Translation/.test(key))).to.deep.equal([]);
  });

  it('shows and announces toasts in German, the server’s text untranslated', async () => {
    await send(now(securityAlert('high', 'Failed logins for admin')), now(nodeHealth));
    const titles = () => [...(stack()?.querySelectorAll('[part="title"]') ?? [])].map((title) => title.textContent);
    await waitUntil(() => titles().includes('Knoten beeinträchtigt'), 'no toasts');
    // The connection's own toast came first, in German too.
    expect(titles()).to.include.members(['Sicherheitsalarm: Failed login', 'Knoten beeinträchtigt']);
    expect(text(stack(), '[part~="toast-success"] [part="message"]')).to.equal('Echtzeit-Updates verbunden');
    const toasts = [...stack()!.querySelectorAll('[part~="toast-error"], [part~="toast-warning"]')];
    expect(text(toasts[0]!, '[part="title"]')).to.equal('Sicherheitsalarm: Failed login');
    expect(text(toasts[0]!, '[part="message"]')).to.equal('Failed logins for admin');
    const node = toasts.find((toast) => text(toast, '[part="title"]') === 'Knoten beeinträchtigt')!;
    // German writes a space before the percent sign (a no-break one).
    expect(text(node, '[part="message"]').replace(/\s/g, ' ')).to.equal('Knoten node-1 ist beeinträchtigt (CPU 92 %, Speicher 40 %).');
    expect(toasts[0]!.querySelector('[part="close-button"]')!.getAttribute('aria-label')).to.equal(
      'Benachrichtigung schließen: Sicherheitsalarm: Failed login',
    );
    expect(stack()!.querySelector('section')!.getAttribute('aria-label')).to.equal('Benachrichtigungen');
    const spoken = () => text(stack(), '[aria-live="assertive"]');
    await waitUntil(() => spoken(), 'nothing announced');
    // Two alerts in one frame are one announcement, in one region.
    expect(spoken()).to.equal('2 neue Alarme');
  });

  it('shows the pill and the center in German', async () => {
    const pill = shadowOf('streamspace-connection-status');
    await waitUntil(() => text(pill, '[role="status"]') === 'Verbindungsstatus: Live', 'the pill is not German');
    const center = page().querySelector('streamspace-notification-center') as unknown as HTMLElement & {
      show(): void;
      updateComplete: Promise<boolean>;
    };
    const root = center.shadowRoot!;
    const bell = () => root.querySelector('[part="bell"]')!.getAttribute('aria-label');
    await waitUntil(() => bell() === 'Benachrichtigungen, 2 ungelesen', `the bell says ${bell()}`);
    center.show();
    await waitUntil(() => text(root, '[part="heading"]') === 'Benachrichtigungen', 'no German heading');
    expect([...root.querySelectorAll('[part="filter"]')].map((button) => button.textContent)).to.deep.equal(['Alle', 'Ungelesen', 'Alarme']);
    expect(text(root, '[part="time"]')).to.equal('jetzt');
  });
});
