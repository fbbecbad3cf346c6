// Layouts in long-worded and right-to-left languages: at 320 px, German and Arabic text stays
// inside the pill, the toasts and the panel; Arabic mirrors them and passes axe.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { describeExceptIn } from '../helpers/engine.js';
import '../../src/define.js';
import type { StreamSpaceConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import '../../src/translations/ar.js';
import '../../src/translations/de.js';
import { alert, type Mounted, message, mount, open, part } from './notification-center.helpers.js';

const root = document.documentElement;
const pageLang = root.getAttribute('lang');
const pageDir = root.getAttribute('dir');
const WIDTH = 320;

/** Server words as long as German gets: they must wrap, not overflow. */
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung';

/** Messages whose default toasts are the longest in German. */
const LONG_MESSAGES = () => [
  alert(`Zugriff verweigert: ${LONG_WORD}`, 'critical'),
  message('webhook.delivery', { status: 'retrying', delivery_id: 'delivery-2024-000017', webhook_id: 'webhook-payments-eu' }),
  message('compliance.violation', { severity: 'high', policy_id: 'datenaufbewahrungsrichtlinie', violation_id: 90210 }),
  message('node.health', { node_name: 'worker-03', health_status: 'degraded', cpu_percent: 97.6, memory_percent: 88 }),
];

/**
 * What sticks out of `box` horizontally under `from` (shadow roots included), or scrolls
 * sideways: each as "tag.class: left..right" for the failure message. Visually hidden text is
 * for screen readers and is skipped.
 */
function overflows(from: ParentNode, box: DOMRect): string[] {
  const found: string[] = [];
  for (const element of from.querySelectorAll('*')) {
    if (element.closest('.visually-hidden') || element.closest('[aria-live]')) continue;
    const rect = element.getBoundingClientRect();
    if (!rect.width) continue;
    const name = `${element.localName}.${element.getAttribute('class') ?? element.getAttribute('part') ?? ''}`;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) found.push(`${name}: ${rect.left}..${rect.right} outside ${box.left}..${box.right}`);
    if (element.clientWidth && element.scrollWidth > element.clientWidth + 1) found.push(`${name}: scrolls sideways`);
    if (element.shadowRoot) found.push(...overflows(element.shadowRoot, box));
  }
  return found;
}

const viewport = () => new DOMRect(0, 0, WIDTH, 640);

for (const lang of ['de', 'ar'] as const) {
  // Measured: MiniBrowser's window is at least 447 px wide (its toolbar), and WebDriver sizes windows, not viewports.
  describeExceptIn(['webkit'], 'no viewport this narrow (MiniBrowser\'s window is at least 447 px wide; WebDriver has no viewport command)', `layout at ${WIDTH} px in ${lang}`, () => {
    let mounted: Mounted;
    let pill: StreamSpaceConnectionStatus;
    let stack: StreamSpaceToastStack;

    // Fixtures are removed after each test: each test mounts its own.
    beforeEach(async () => {
      await setViewport({ width: WIDTH, height: 640 });
      root.setAttribute('lang', lang);
      if (lang === 'ar') root.setAttribute('dir', 'rtl');
      mounted = await mount({
        notifications: 'true',
        center: '<streamspace-connection-status></streamspace-connection-status><streamspace-notification-center></streamspace-notification-center>',
      });
      pill = document.querySelector('streamspace-connection-status')!;
      stack = mounted.ws.shadowRoot!.querySelector('streamspace-toast-stack')!;
      stack.maxVisible = 4;
      stack.duration = 0;
      await mounted.send(LONG_MESSAGES());
      await waitUntil(() => stack.queue.toasts.length >= 4, 'no toasts');
      await stack.updateComplete;
      for (const animation of stack.shadowRoot!.getAnimations()) animation.finish();
    });

    afterEach(async () => {
      mounted.endpoint.stop();
      mounted.ws.disconnect();
      if (pageLang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', pageLang);
      if (pageDir === null) root.removeAttribute('dir');
      else root.setAttribute('dir', pageDir);
      await setViewport({ width: 800, height: 600 });
    });

    it('keeps every toast, and everything in it, inside the viewport', async () => {
      const toasts = [...stack.shadowRoot!.querySelectorAll('li')];
      expect(toasts.length).to.be.at.least(4);
      for (const toast of toasts) {
        const box = toast.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(WIDTH);
        expect(overflows(toast, box)).to.deep.equal([]);
      }
      expect(overflows(stack.shadowRoot!, viewport())).to.deep.equal([]);
    });

    it('keeps the pill inside the viewport, retrying with its button', async () => {
      mounted.ws.setAttribute('reconnect-interval', '60000');
      await mounted.ws.updateComplete;
      mounted.endpoint.server.clients()[0]!.close({ code: 1011, reason: 'restart', wasClean: false });
      const pillBox = () => pill.shadowRoot!.querySelector('.pill')!;
      await waitUntil(() => pillBox().part.contains('pill-reconnecting'), 'no retry shown');
      await pill.updateComplete;
      expect(pill.shadowRoot!.querySelector('button')).not.to.equal(null);
      const box = pillBox().getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(WIDTH);
      expect(overflows(pill.shadowRoot!, box)).to.deep.equal([]);
    });

    it('keeps the open panel and its entries inside the viewport', async () => {
      await open(mounted.center);
      const panel = part(mounted.center, 'panel')!;
      const box = panel.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(WIDTH);
      expect(overflows(panel, box)).to.deep.equal([]);
      mounted.center.hide();
    });

    if (lang === 'ar') {
      it('mirrors the layout: the toast’s icon on the right, the stack at the left edge', async () => {
        const toast = stack.shadowRoot!.querySelector('li')!;
        const icon = toast.querySelector('[part="icon"]')!.getBoundingClientRect();
        const close = toast.querySelector('[part="close-button"]')!.getBoundingClientRect();
        expect(icon.left).to.be.above(close.left);
        // Server text keeps its own direction inside the Arabic toast.
        expect(toast.querySelector('[part="message"]')!.getAttribute('dir')).to.equal('auto');
      });

      it('passes axe: toasts, pill and the open panel', async () => {
        await expect(stack).to.be.accessible();
        await expect(pill).to.be.accessible();
        await open(mounted.center);
        await nextFrame();
        await expect(mounted.center).to.be.accessible();
        mounted.center.hide();
      });
    }
  });
}
