import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import type { ToastDismissDetail } from '../../src/elements/toast-stack/toast-events.js';
import { centre, record, region, shadow, spoken, stackFixture, toastItem, toastItems } from './toast-stack.helpers.js';

const stackOf = (el: StreamSpaceToastStack) => shadow(el).querySelector('section')!;
const inModal = (el: StreamSpaceToastStack, dialog: HTMLDialogElement) => dialog.contains(stackOf(el).getRootNode() instanceof ShadowRoot ? (stackOf(el).getRootNode() as ShadowRoot).host : null);

/** A real mouse click: an inert or covered button would not receive it. */
async function clickClose(el: StreamSpaceToastStack, id: string): Promise<void> {
  const button = toastItem(el, id)!.querySelector('[part="close-button"]')!;
  const [x, y] = centre(button);
  await sendMouse({ type: 'click', position: [x, y] });
}

describe('<streamspace-toast-stack> top layer', () => {
  afterEach(async () => {
    // A failed test must not leave a modal open over the next ones.
    for (const dialog of document.querySelectorAll('dialog')) dialog.close();
    await resetMouse();
  });

  it('is a manual popover, shown once attached', async () => {
    const el = await stackFixture();
    const stack = stackOf(el);
    expect(stack.getAttribute('popover')).to.equal('manual');
    expect(stack.matches(':popover-open')).to.equal(true);
  });

  it('stays above page content whatever its z-index', async () => {
    const cover = await fixture<HTMLDivElement>(
      html`<div class="cover"><style>.cover-box{position:fixed;inset:0;z-index:2147483647;background:#000}</style
        ><div class="cover-box"></div></div>`,
    );
    const el = await stackFixture();
    const id = el.show({ message: 'above' });
    await el.updateComplete;
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await clickClose(el, id);
    expect(dismissed.map((d) => d.reason)).to.deep.equal(['user']);
    cover.remove();
  });

  it('re-shows itself above a popover that opens after it', async () => {
    const el = await stackFixture();
    const id = el.show({ message: 'still on top' });
    await el.updateComplete;
    const popover = await fixture<HTMLDivElement>(
      html`<div popover="manual"><style>[popover].full{position:fixed;inset:0;width:auto;height:auto;margin:0}</style>menu</div>`,
    );
    popover.classList.add('full');
    popover.showPopover();
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await waitUntil(() => {
      const [x, y] = centre(toastItem(el, id)!.querySelector('[part="close-button"]')!);
      return document.elementFromPoint(x, y) === el;
    }, 'the stack was not raised above the popover');
    await clickClose(el, id);
    expect(dismissed.map((d) => d.reason)).to.deep.equal(['user']);
    popover.hidePopover();
  });

  it('moves its toasts into a modal dialog opened after them, stays clickable, and comes back when it closes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <p>before</p>
      <streamspace-toast-stack duration="0"></streamspace-toast-stack>
      <p>after</p>
      <dialog><p>Modal</p><button>ok</button></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    const dialog = page.querySelector('dialog')!;
    const id = el.show({ message: 'in the modal' });
    const other = el.show({ message: 'second', severity: 'error' });
    // Together, one announcement in one region: assertive, since one of them is an error.
    expect(await spoken(el, 'assertive')).to.equal('2 new notifications, 1 of them an alert');
    region(el, 'assertive').replaceChildren();

    dialog.showModal();
    await waitUntil(() => inModal(el, dialog), 'the toasts did not move into the modal');
    expect(el.parentNode === page, 'the element itself never moves').to.equal(true);
    expect(stackOf(el).matches(':popover-open')).to.equal(true);
    expect(shadow(el).querySelectorAll('[aria-live]'), 'live regions come along').to.have.length(2);
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await clickClose(el, id);
    expect(dismissed.map((d) => [d.id, d.reason])).to.deep.equal([[id, 'user']]);
    expect(dialog.open, 'clicking a toast does not close the modal').to.equal(true);

    // Escape on a focused toast dismisses the toast, not the modal it visits.
    toastItem(el, other)!.querySelector<HTMLButtonElement>('[part="close-button"]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(dismissed.map((d) => [d.id, d.reason])).to.deep.equal([[id, 'user'], [other, 'user']]);
    expect(dialog.open, 'Escape on a toast does not close the modal').to.equal(true);

    el.show({ message: 'kept', severity: 'info' });
    el.show({ message: 'shown while the modal is open', severity: 'error' });
    expect(await spoken(el, 'assertive')).to.equal('2 new notifications, 1 of them an alert');

    dialog.close();
    await waitUntil(() => !inModal(el, dialog), 'the toasts did not come back');
    expect(el.shadowRoot!.querySelector('section') === stackOf(el)).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[aria-live]')).to.have.length(2);
    expect(document.querySelector('streamspace-toast-layer') === null, 'guest removed').to.equal(true);
    expect(stackOf(el).matches(':popover-open')).to.equal(true);
    expect(toastItems(el), 'moving keeps the toasts').to.have.length(2);
    el.show({ message: 'rendered at home again' });
    await el.updateComplete;
    expect(toastItems(el)).to.have.length(3);
  });

  it('moves its toasts into a modal dialog that was already open when it was attached', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog><p>Already open</p></dialog>`);
    dialog.showModal();
    const el = await stackFixture();
    const id = el.show({ message: 'shown while a modal is open' });
    await el.updateComplete;
    expect(inModal(el, dialog), 'moved on first render').to.equal(true);
    await nextFrame();
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await clickClose(el, id);
    expect(dismissed.map((d) => d.reason)).to.deep.equal(['user']);
    dialog.close();
    await waitUntil(() => !inModal(el, dialog), 'the toasts did not come back');
  });

  it('carries the page direction and --streamspace-toast-* values into the modal', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl">
      <streamspace-toast-stack duration="0"></streamspace-toast-stack>
      <dialog dir="ltr"></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    el.style.setProperty('--streamspace-toast-background', 'rgb(1, 2, 3)');
    el.show({ message: 'x' });
    await el.updateComplete;
    page.querySelector('dialog')!.showModal();
    await waitUntil(() => inModal(el, page.querySelector('dialog')!));
    const item = toastItems(el)[0];
    expect(getComputedStyle(item).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(item).direction).to.equal('rtl');
  });

  it('follows nested modals and comes back through them in order', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <streamspace-toast-stack></streamspace-toast-stack>
      <dialog id="outer"><dialog id="inner"></dialog></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    const outer = page.querySelector<HTMLDialogElement>('#outer')!;
    const inner = page.querySelector<HTMLDialogElement>('#inner')!;
    const guestParent = () => document.querySelector('streamspace-toast-layer')?.parentNode;
    outer.showModal();
    await waitUntil(() => guestParent() === outer);
    inner.showModal();
    await waitUntil(() => guestParent() === inner);
    inner.close();
    await waitUntil(() => guestParent() === outer);
    outer.close();
    await waitUntil(() => !guestParent() && el.shadowRoot!.querySelector('section') !== null);
  });

  it('stays where the page put it inside a modal, and ignores non-modal dialogs', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <dialog id="host"><streamspace-toast-stack></streamspace-toast-stack></dialog>
      <dialog id="plain"></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    page.querySelector<HTMLDialogElement>('#plain')!.show();
    page.querySelector<HTMLDialogElement>('#host')!.showModal();
    await el.updateComplete;
    await nextFrame();
    expect(el.shadowRoot!.querySelector('section') !== null, 'not moved').to.equal(true);
    expect(document.querySelector('streamspace-toast-layer') === null).to.equal(true);
  });

  it('comes home on its next render if the modal it visited is removed from the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <streamspace-toast-stack></streamspace-toast-stack>
      <dialog></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    const dialog = page.querySelector('dialog')!;
    dialog.showModal();
    await waitUntil(() => inModal(el, dialog));
    dialog.remove();
    el.show({ message: 'still visible' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section') !== null).to.equal(true);
    expect(stackOf(el).matches(':popover-open')).to.equal(true);
  });

  it('brings its toasts back and stops watching dialogs once removed', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <streamspace-toast-stack></streamspace-toast-stack>
      <dialog></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    const dialog = page.querySelector('dialog')!;
    dialog.showModal();
    await waitUntil(() => inModal(el, dialog));
    el.remove();
    expect(el.shadowRoot!.querySelector('section') !== null, 'back in its shadow root').to.equal(true);
    expect(document.querySelector('streamspace-toast-layer') === null).to.equal(true);
    dialog.close();
    dialog.showModal();
    await nextFrame();
    expect(document.querySelector('streamspace-toast-layer') === null, 'no longer watching').to.equal(true);
  });
});
