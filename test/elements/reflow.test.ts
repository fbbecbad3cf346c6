// Small and right-to-left screens, measured: bounding boxes at 320 × 256 and 640 × 400, the
// panel open in light, dark and RTL under axe with its landmark rules.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import { alert, bell, isOpen, mount, open, part, parts, type Mounted } from './notification-center.helpers.js';

/** setViewport where the launcher supports it; a test that needs it is skipped elsewhere. */
async function viewport(context: Mocha.Context, width: number, height: number): Promise<void> {
  try {
    await setViewport({ width, height });
  } catch {
    context.skip();
  }
  await waitUntil(() => innerWidth === width && innerHeight === height, 'the viewport did not change');
}

const inside = (rect: DOMRect) => rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth;

describe('reflow at 320 × 256 (WCAG 1.4.10)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 }).catch(() => undefined);
  });

  it('every visible toast and its dismiss button are on screen, covering at most 60% of it', async function () {
    await viewport(this, 320, 256);
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack duration="0"></streamspace-toast-stack>`);
    for (let i = 0; i < 50; i++) {
      stack.show({ title: 'Security alert: Failed login', message: `Five failed logins for admin from 10.0.0.${i}`, severity: 'error' });
    }
    await stack.updateComplete;
    await nextFrame();
    const toasts = [...stack.shadowRoot!.querySelectorAll<HTMLElement>('li')];
    expect(toasts.length).to.be.at.least(1);
    let covered = 0;
    for (const toast of toasts) {
      const box = toast.getBoundingClientRect();
      expect(inside(box), `toast at ${box.top}..${box.bottom}`).to.equal(true);
      expect(inside(toast.querySelector('[part="close-button"]')!.getBoundingClientRect())).to.equal(true);
      covered += box.width * box.height;
    }
    const more = stack.shadowRoot!.querySelector('[part="overflow"]')!;
    expect(more.textContent).to.equal(`+${50 - toasts.length} more`);
    expect(inside(more.getBoundingClientRect())).to.equal(true);
    covered += more.getBoundingClientRect().width * more.getBoundingClientRect().height;
    expect(covered / (320 * 256)).to.be.at.most(0.6);
  });

  it('a notice and a toast: the stack keeps to 60% of the height and scrolls rather than leave the screen', async function () {
    await viewport(this, 320, 256);
    const stack = await fixture<StreamSpaceToastStack>(html`<streamspace-toast-stack duration="0"></streamspace-toast-stack>`);
    stack.show({ id: 'c', title: 'Real-time updates unavailable', message: 'Gave up after 10 attempts.', severity: 'error', notice: true, action: { label: 'Retry' } });
    stack.show({ title: 'Security alert: Failed login', message: 'Five failed logins for admin from 10.0.0.7', severity: 'error' });
    await stack.updateComplete;
    await nextFrame();
    const box = stack.shadowRoot!.querySelector('section')!.getBoundingClientRect();
    expect(inside(box)).to.equal(true);
    expect(box.height).to.be.at.most(0.6 * 256 + 1);
  });
});

describe('the panel on small and right-to-left screens', () => {
  let mounted: Mounted | undefined;
  afterEach(async () => {
    mounted?.endpoint.stop();
    mounted = undefined;
    document.documentElement.removeAttribute('dir');
    await setViewport({ width: 800, height: 600 }).catch(() => undefined);
  });

  it('at 640 × 400, opening the panel does not scroll the page, and the bell stays in view', async function () {
    await viewport(this, 640, 400);
    mounted = await mount({
      center: '<header style="display:flex;justify-content:end;padding:8px"><streamspace-notification-center></streamspace-notification-center></header><div style="height:2000px">page</div>',
    });
    const { center, send } = mounted;
    await send(Array.from({ length: 30 }, (_, i) => alert(`alert ${i}`)));
    const before = scrollY;
    bell(center).click();
    await waitUntil(() => isOpen(center));
    await open(center);
    expect(scrollY).to.equal(before);
    expect(inside(bell(center).getBoundingClientRect())).to.equal(true);
    const box = part(center, 'panel')!.getBoundingClientRect();
    expect(inside(box), `the panel fits the viewport: ${box.top}..${box.bottom}`).to.equal(true);
  });

  for (const mode of ['light', 'dark', 'rtl'] as const) {
    it(`passes axe with the landmark rules while the panel is open (${mode})`, async () => {
      if (mode === 'rtl') document.documentElement.setAttribute('dir', 'rtl');
      mounted = await mount();
      const { center, send } = mounted;
      center.theme = mode === 'dark' ? 'dark' : 'light';
      await send([alert('Policy 5 was violated (violation #990)', 'critical'), alert('Low thing', 'low')]);
      await open(center);
      await nextFrame();
      expect(center.shadowRoot!.querySelector('header, footer, main, nav, aside'), 'no landmark in the panel').to.equal(null);
      await expect(document.body).to.be.accessible({
        ignoredRules: ['region'],
      });
      if (mode === 'rtl') {
        // Server text keeps its own direction: the sentence ends with its parenthesis, not a leading dot.
        const message = parts(center, 'message')[0]!;
        expect(message.getAttribute('dir')).to.equal('auto');
        expect(getComputedStyle(message).direction).to.equal('ltr');
      }
    });
  }
});
