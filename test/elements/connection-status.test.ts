import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode } from '@web/test-runner-commands';
import { DRIVER_CAN, itWithMediaEmulation, resetMedia } from '../helpers/engine.js';
import '../../src/define.js';
import type { StreamSpaceConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import { type MockEndpoint, startMockEndpoint } from '../helpers/mock-server.js';
import { goOffline, pill, textsOf } from './connection-status.helpers.js';

const TOKEN = 'header.payload.signature';
const status = (text: string) => `Connection status: ${text}`;

describe('<streamspace-connection-status> with a connection', () => {
  let endpoint: MockEndpoint;
  let ws: StreamSpaceEnterpriseWs;
  let el: StreamSpaceConnectionStatus;

  /** A manual connection element holding a pill; retries wait exactly `reconnect-interval` (no jitter). */
  const attach = async (wsAttributes = '', pillAttributes = '') => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<streamspace-enterprise-ws url="${endpoint.url}" notifications="false" manual ${wsAttributes}><streamspace-connection-status ${pillAttributes}></streamspace-connection-status></streamspace-enterprise-ws>`;
    ws = container.firstElementChild as StreamSpaceEnterpriseWs;
    el = ws.querySelector('streamspace-connection-status')!;
    ws.connection.configure({ random: () => 1 });
    await el.updateComplete;
  };
  const labelIs = (text: string, timeout = 3000) =>
    waitUntil(() => pill(el).label === text, `label "${text}", was "${pill(el).label}"`, { timeout });
  const dropFromServer = () => endpoint.server.clients()[0].close({ code: 1011, reason: 'restart', wasClean: false });
  /** The server drops the socket; resolves once the pill shows the scheduled retry (and its button). */
  const dropAndWaitForRetry = async () => {
    dropFromServer();
    await waitUntil(() => pill(el).container.part.contains('pill-reconnecting'), 'no retry shown');
  };
  const open = async () => {
    ws.connect();
    await waitUntil(() => pill(el).container.part.contains('pill-live'), 'not live');
  };

  beforeEach(() => {
    localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: TOKEN }, version: 0 }));
    endpoint = startMockEndpoint();
  });

  afterEach(() => {
    ws?.disconnect();
    endpoint.stop();
    localStorage.clear();
    goOffline(false);
  });

  it('"Live" while open, with a green dot and no button', async () => {
    await attach();
    await open();
    const { button, container, live } = pill(el);
    expect(button).to.equal(null);
    expect(container.part.contains('pill-live')).to.equal(true);
    expect(live).to.equal(status('Live'));
    expect(el.connectionElement).to.equal(ws);
  });

  it('"Connecting…" before the first attempt and while an attempt waits for its token', async () => {
    await attach();
    expect(pill(el).label).to.equal('Connecting…');
    ws.tokenProvider = () => new Promise<string>(() => {});
    ws.connect();
    await el.updateComplete;
    expect(pill(el).label).to.equal('Connecting…');
    expect(pill(el).button).to.equal(null);
    expect(pill(el).live).to.equal(status('Connecting…'));
  });

  it('"Reconnecting in N s (attempt 1 of 10)" with "Reconnect now" while a retry is scheduled', async () => {
    await attach('reconnect-interval="9000"');
    await open();
    await dropAndWaitForRetry();
    expect(pill(el).label).to.match(/^Reconnecting in [89] s \(attempt 1 of 10\)$/);
    expect(pill(el).button?.textContent).to.equal('Reconnect now');
    expect(pill(el).container.part.contains('pill-reconnecting')).to.equal(true);
    expect(pill(el).live).to.equal(status('Reconnecting'));
  });

  it('no "of N" when attempts are unlimited', async () => {
    await attach('reconnect-interval="9000" max-reconnect-attempts="Infinity"');
    await open();
    await dropAndWaitForRetry();
    expect(pill(el).label).to.match(/^Reconnecting in [89] s \(attempt 1\)$/);
  });

  it('"Signed out" without a token, no button', async () => {
    localStorage.clear();
    await attach();
    ws.connect();
    await labelIs('Signed out');
    expect(pill(el).button).to.equal(null);
    expect(pill(el).live).to.equal(status('Signed out'));
  });

  it('"Account disabled" when the server answers 403, "Signed out" for a refused token', async () => {
    endpoint.stop();
    endpoint = startMockEndpoint({ accept: () => false });
    let status403 = true;
    await attach('reconnect-interval="10"');
    // The auth probe after two refused handshakes: 403 (account disabled), then 401.
    ws.connection.configure({ fetch: (async () => new Response(null, { status: status403 ? 403 : 401 })) as typeof fetch });
    ws.connect();
    await labelIs('Account disabled');
    expect(pill(el).live).to.equal(status('Account disabled'));
    expect(pill(el).button).to.equal(null);
    status403 = false;
    ws.reconnect();
    await labelIs('Signed out');
  });

  it('"Disconnected" with "Retry" after giving up', async () => {
    await attach('max-reconnect-attempts="0"');
    await open();
    dropFromServer();
    await labelIs('Disconnected');
    expect(pill(el).button?.textContent).to.equal('Retry');
    expect(pill(el).live).to.equal(status('Disconnected'));
  });

  it('"Offline" when closed, no button', async () => {
    await attach();
    await open();
    ws.disconnect();
    await labelIs('Offline');
    expect(pill(el).button).to.equal(null);
    expect(pill(el).live).to.equal(status('Offline'));
  });

  it('"Offline" while the browser is offline, whatever the state, and back when online', async () => {
    await attach('reconnect-interval="9000"');
    await open();
    goOffline(true);
    await labelIs('Offline');
    goOffline(false);
    await labelIs('Live');
    await dropAndWaitForRetry();
    goOffline(true);
    await labelIs('Offline');
    expect(pill(el).button, 'no countdown, no button').to.equal(null);
  });

  it('reads the state of an element that is offline when the pill is attached', async () => {
    goOffline(true);
    await attach();
    expect(pill(el).label).to.equal('Offline');
  });

  it('counts down once a second until the retry starts', async () => {
    await attach('reconnect-interval="2000"');
    await open();
    const label = el.shadowRoot!.querySelector('[part~="label"]')!;
    const seen = textsOf(label);
    await dropAndWaitForRetry();
    await labelIs('Live', 5000);
    seen.stop();
    const countdown = seen.texts.filter((text) => text.startsWith('Reconnecting'));
    expect(countdown.slice(0, 2)).to.deep.equal(['Reconnecting in 2 s (attempt 1 of 10)', 'Reconnecting in 1 s (attempt 1 of 10)']);
    // At zero the retry is due: the text stops counting (if the pill's second ticks before the retry starts).
    expect(countdown.slice(2)).to.have.length.of.at.most(1);
    expect(countdown.slice(2).every((text) => text === 'Reconnecting… (attempt 1 of 10)')).to.equal(true);
    expect(seen.texts.at(-1)).to.equal('Live');
  });

  it('"Reconnect now" reconnects at once', async () => {
    await attach('reconnect-interval="60000"');
    await open();
    await dropAndWaitForRetry();
    pill(el).button!.click();
    await labelIs('Live', 2000);
    expect(endpoint.tokens).to.have.length(2);
  });

  it('"Retry" starts again at once after giving up, with the attempts reset', async () => {
    await attach('max-reconnect-attempts="0"');
    await open();
    dropFromServer();
    await labelIs('Disconnected');
    pill(el).button!.click();
    await labelIs('Live', 2000);
    expect(endpoint.tokens).to.have.length(2);
    expect(ws.reconnectAttempts).to.equal(0);
  });

  it('keeps focus in the pill when the focused button goes away', async () => {
    await attach('reconnect-interval="60000"');
    await open();
    await dropAndWaitForRetry();
    pill(el).button!.focus();
    pill(el).button!.click();
    await labelIs('Live', 2000);
    expect(el.shadowRoot!.activeElement).to.equal(pill(el).container);
  });

  it('announces state changes only: the live region never holds the countdown', async () => {
    await attach('reconnect-interval="2500"');
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    const label = el.shadowRoot!.querySelector('[part~="label"]')!;
    const announced = textsOf(region);
    const shown = textsOf(label);
    await open();
    await dropAndWaitForRetry();
    await labelIs('Live', 5000);
    announced.stop();
    shown.stop();
    expect(shown.texts.filter((text) => /in \d+ s/.test(text)), 'the countdown ticked').to.have.length.of.at.least(2);
    expect(announced.texts).to.deep.equal([status('Connecting…'), status('Live'), status('Reconnecting'), status('Live')]);
    expect(region.getAttribute('aria-live') ?? 'polite (implicit)').to.not.equal('off');
  });

  it('compact: the dot alone, named and titled by the current text', async () => {
    await attach('reconnect-interval="9000"', 'compact');
    await open();
    const { dot, button } = pill(el);
    expect(pill(el).label).to.equal(null);
    expect(dot.getAttribute('role')).to.equal('img');
    expect(dot.getAttribute('aria-label')).to.equal('Live');
    expect(dot.title).to.equal('Live');
    // The accessibility tree itself where the driver exposes it (CDP); the attributes above everywhere.
    if (DRIVER_CAN.a11ySnapshot) {
      type A11yNode = { role?: string; name?: string; children?: A11yNode[] };
      const snapshot = (await a11ySnapshot({})) as unknown as A11yNode & { children: A11yNode[] };
      expect(findAccessibilityNode<A11yNode>(snapshot, (node) => /^(img|image)$/.test(node.role ?? '') && node.name === 'Live')).to.not.equal(null);
    }
    expect(button).to.equal(null);
    await dropAndWaitForRetry();
    expect(pill(el).dot.getAttribute('aria-label')).to.match(/^Reconnecting in [89] s \(attempt 1 of 10\)$/);
    expect(pill(el).dot.title).to.equal(pill(el).dot.getAttribute('aria-label'));
    expect(pill(el).button).to.equal(null);
    expect(pill(el).live).to.equal(status('Reconnecting'));
  });

  it('takes its texts from `strings`', async () => {
    await attach('reconnect-interval="9000"');
    el.strings = {
      live: 'En direct',
      reconnecting: (seconds, attempt, max) => `Reconnexion dans ${seconds} s (essai ${attempt} sur ${max})`,
      reconnectingStatus: 'Reconnexion',
      reconnectNow: 'Reconnecter',
      status: (text) => `Connexion : ${text}`,
    };
    await open().catch(() => {});
    await labelIs('En direct');
    expect(pill(el).live).to.equal('Connexion : En direct');
    await dropAndWaitForRetry();
    expect(pill(el).label).to.match(/^Reconnexion dans [89] s \(essai 1 sur 10\)$/);
    expect(pill(el).button!.textContent).to.equal('Reconnecter');
    expect(pill(el).live).to.equal('Connexion : Reconnexion');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in every state (${theme})`, async () => {
      await attach('reconnect-interval="9000" max-reconnect-attempts="1"', `theme="${theme}"`);
      await expect(el).to.be.accessible();
      await open();
      await expect(el).to.be.accessible();
      await dropAndWaitForRetry();
      await expect(el).to.be.accessible();
      el.compact = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.compact = false;
      ws.disconnect();
      await labelIs('Offline');
      await expect(el).to.be.accessible();
    });
  }
});

describe('<streamspace-connection-status> theme, direction and motion', () => {
  afterEach(resetMedia);

  // A manual connection element that never connects: the pill shows "Connecting…", whose dot pulses.
  const standalone = (attributes = '') =>
    fixture<HTMLDivElement>(
      html`<div><streamspace-enterprise-ws manual notifications="false"></streamspace-enterprise-ws></div>`,
    ).then(async (container) => {
      container.insertAdjacentHTML('beforeend', `<streamspace-connection-status ${attributes}></streamspace-connection-status>`);
      const el = container.querySelector('streamspace-connection-status')!;
      await el.updateComplete;
      return el;
    });
  const background = (el: StreamSpaceConnectionStatus) => getComputedStyle(pill(el).container).backgroundColor;

  itWithMediaEmulation('pulses the dot while connecting, not with reduced motion', async () => {
    const el = await standalone();
    expect(getComputedStyle(pill(el).dot).animationName).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(pill(el).dot).animationName).to.equal('none');
  });

  itWithMediaEmulation('follows prefers-color-scheme in auto and ignores it when a theme is set', async () => {
    const auto = await standalone();
    const light = await standalone('theme="light"');
    const dark = await standalone('theme="dark"');
    expect(background(auto)).to.equal(background(light));
    expect(background(dark)).to.not.equal(background(light));
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto)).to.equal(background(dark));
    expect(background(light)).to.not.equal(background(dark));
  });

  it('takes its colours from --streamspace-status-* custom properties and exposes parts', async () => {
    const el = await standalone();
    el.style.setProperty('--streamspace-status-connecting-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--streamspace-status-background', 'rgb(4, 5, 6)');
    expect(getComputedStyle(pill(el).dot).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(background(el)).to.equal('rgb(4, 5, 6)');
    expect([...el.shadowRoot!.querySelectorAll('[part]')].map((node) => node.getAttribute('part'))).to.deep.equal([
      'pill pill-connecting',
      'dot',
      'label',
    ]);
  });

  it('mirrors in a right-to-left page: the dot on the right of the text', async () => {
    const el = await standalone('dir="rtl"');
    const dot = pill(el).dot.getBoundingClientRect();
    const label = el.shadowRoot!.querySelector('[part~="label"]')!.getBoundingClientRect();
    expect(dot.left).to.be.greaterThan(label.left);
  });

  it('is not bent by page CSS that inherits in', async () => {
    const el = await standalone();
    const before = pill(el).container.getBoundingClientRect().width;
    (el.parentElement as HTMLElement).setAttribute('class', 'hostile');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.hostile { letter-spacing: 2em; text-transform: uppercase; line-height: 5 }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="label"]')!).textTransform).to.equal('none');
      expect(pill(el).container.getBoundingClientRect().width).to.equal(before);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
