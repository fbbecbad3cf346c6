// The language of the elements: resolved per element (own lang, closest ancestor's across shadow
// roots, <html lang>, navigator.language, English) and followed live.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { languageOf } from '../../src/controllers/localize-controller.js';
import { en } from '../../src/i18n/en.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import '../../src/translations/ar.js';
import '../../src/translations/de.js';
import '../../src/translations/es.js';
import '../../src/translations/fr.js';
import '../../src/translations/ja.js';
import { alert, bell, type Mounted, mount, open, part } from './notification-center.helpers.js';

const root = document.documentElement;
const pageLang = root.getAttribute('lang');
const pageDir = root.getAttribute('dir');

function restorePage(): void {
  if (pageLang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', pageLang);
  if (pageDir === null) root.removeAttribute('dir');
  else root.setAttribute('dir', pageDir);
}

/** The close button's name of the stack's first toast: worded differently in every language. */
async function dismissLabel(stack: StreamSpaceToastStack): Promise<string> {
  if (!stack.queue.toasts.length) stack.show({ title: 'Disk full', message: 'x' });
  await stack.updateComplete;
  return stack.shadowRoot!.querySelector('[part="close-button"]')!.getAttribute('aria-label')!;
}

describe('language resolution', () => {
  afterEach(restorePage);

  it('takes the element’s own lang first, then the closest ancestor’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
      <streamspace-toast-stack lang="de" duration="0"></streamspace-toast-stack>
      <streamspace-toast-stack duration="0"></streamspace-toast-stack>
    </div>`);
    const [own, inherited] = wrapper.querySelectorAll('streamspace-toast-stack');
    expect(await dismissLabel(own!)).to.equal('Benachrichtigung schließen: Disk full');
    expect(await dismissLabel(inherited!)).to.equal('Fermer la notification\u00a0: Disk full');
  });

  it('crosses shadow roots to find the closest lang', async () => {
    const host = await fixture<HTMLDivElement>(html`<section lang="ja"><div></div></section>`);
    const shadowRoot = host.querySelector('div')!.attachShadow({ mode: 'open' });
    shadowRoot.innerHTML = '<div><streamspace-toast-stack duration="0"></streamspace-toast-stack></div>';
    const stack = shadowRoot.querySelector('streamspace-toast-stack')!;
    expect(languageOf(stack)).to.equal('ja');
    expect(await dismissLabel(stack)).to.equal('通知を閉じる：Disk full');
  });

  it('then <html lang>, then navigator.language, then English; an invalid tag counts as none', async () => {
    root.setAttribute('lang', 'es');
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack duration="0"></streamspace-toast-stack>`);
    expect(await dismissLabel(stack)).to.equal('Descartar notificación: Disk full');

    root.removeAttribute('lang');
    // The browser's language, or English when it is no language tag (WebKitGTK under LANG=C says "C").
    const browserLanguage = (() => {
      try {
        return Intl.getCanonicalLocales(navigator.language)[0] ?? 'en';
      } catch {
        return 'en';
      }
    })();
    expect(languageOf(stack)).to.equal(browserLanguage);

    const browser = Object.getOwnPropertyDescriptor(navigator, 'language');
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => '' });
    try {
      root.setAttribute('lang', 'not a language tag!');
      expect(languageOf(stack)).to.equal('en');
      await waitUntil(async () => (await dismissLabel(stack)) === 'Dismiss notification: Disk full', 'not English');
    } finally {
      if (browser) Object.defineProperty(navigator, 'language', browser);
      else delete (navigator as unknown as Record<string, unknown>).language;
    }
  });

  it('a region falls back to its language (de-AT → de), an unknown language to English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <streamspace-toast-stack lang="de-AT" duration="0"></streamspace-toast-stack>
      <streamspace-toast-stack lang="sw" duration="0"></streamspace-toast-stack>
    </div>`);
    const [regional, unknown] = wrapper.querySelectorAll('streamspace-toast-stack');
    expect(await dismissLabel(regional!)).to.equal('Benachrichtigung schließen: Disk full');
    expect(await dismissLabel(unknown!)).to.equal('Dismiss notification: Disk full');
  });

  it('renders again when the translation of its language is registered after it rendered', async () => {
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack lang="it" duration="0"></streamspace-toast-stack>`);
    expect(await dismissLabel(stack)).to.equal('Dismiss notification: Disk full');
    registerTranslation({ ...en, $code: 'it', $name: 'Italiano', toast: { ...en.toast, dismiss: (title) => `Chiudi la notifica: ${title}` } });
    await waitUntil(async () => (await dismissLabel(stack)) === 'Chiudi la notifica: Disk full', 'not re-rendered');
  });

  it('keeps `strings` as per-element overrides on top of the translation', async () => {
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack lang="de" duration="0"></streamspace-toast-stack>`);
    stack.strings = { dismiss: (title) => `Weg damit: ${title}` };
    expect(await dismissLabel(stack)).to.equal('Weg damit: Disk full');
    expect(stack.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Benachrichtigungen');
  });
});

describe('a change of <html lang> at run time', () => {
  let mounted: Mounted | undefined;

  afterEach(() => {
    restorePage();
    mounted?.endpoint.stop();
    mounted = undefined;
  });

  it('re-renders the pill and the center, and new toasts use the new language', async () => {
    root.setAttribute('lang', 'en');
    mounted = await mount({
      notifications: 'true',
      center: '<streamspace-notification-center></streamspace-notification-center><streamspace-connection-status></streamspace-connection-status>',
    });
    const { ws, center, send } = mounted;
    const pill = document.querySelector('streamspace-connection-status')!;
    const pillStatus = () => pill.shadowRoot!.querySelector('[role="status"]')!.textContent;
    const stack = () => ws.shadowRoot!.querySelector('streamspace-toast-stack')!;
    const toastTitles = () => [...stack().shadowRoot!.querySelectorAll('[part="title"]')].map((node) => node.textContent);

    await send([alert('Failed logins for admin')]);
    await waitUntil(() => pillStatus() === 'Connection status: Live', 'the pill is not English');
    await waitUntil(() => toastTitles().includes('Security alert: Failed login'), 'no English toast');
    await open(center);
    expect(part(center, 'heading')!.textContent).to.equal('Notifications');

    root.setAttribute('lang', 'de');
    await waitUntil(() => pillStatus() === 'Verbindungsstatus: Live', 'the pill did not follow');
    await waitUntil(() => part(center, 'heading')!.textContent === 'Benachrichtigungen', 'the center did not follow');
    expect(bell(center).getAttribute('aria-label')).to.equal('Benachrichtigungen, 1 ungelesen');
    expect(stack().shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Benachrichtigungen');
    // A toast already shown keeps its words; the next one is German (the open panel would take its place).
    center.hide();
    await send([alert('Failed logins for root')]);
    await waitUntil(() => toastTitles().includes('Sicherheitsalarm: Failed login'), 'the new toast is not German');
    expect(toastTitles()).to.include('Security alert: Failed login');

    // Arabic without dir="rtl": the elements read right to left anyway.
    root.setAttribute('lang', 'ar');
    await waitUntil(() => pillStatus() === 'حالة الاتصال: متصل', 'the pill is not Arabic');
    expect(pill.shadowRoot!.querySelector('.pill')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(part(center, 'panel')!).direction).to.equal('rtl');
    // A page's own dir wins, and is inherited rather than copied.
    root.setAttribute('dir', 'ltr');
    await waitUntil(() => !pill.shadowRoot!.querySelector('.pill')!.hasAttribute('dir'), 'dir not dropped');
    expect(getComputedStyle(pill.shadowRoot!.querySelector('.pill')!).direction).to.equal('ltr');
  });
});
