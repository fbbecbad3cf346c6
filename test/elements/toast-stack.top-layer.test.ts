import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack.js';
import type { ToastDismissDetail } from '../../src/elements/toast-events.js';
import { centre, record, shadow, stackFixture, toastItem } from './toast-stack.helpers.js';

const stackOf = (el: StreamSpaceToastStack) => shadow(el).querySelector('section')!;

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

  it('moves into a modal dialog opened after a toast, stays clickable, and goes back when it closes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <p>before</p>
      <streamspace-toast-stack duration="0"></streamspace-toast-stack>
      <p>after</p>
      <dialog><p>Modal</p><button>ok</button></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    const dialog = page.querySelector('dialog')!;
    const id = el.show({ message: 'in the modal' });
    const other = el.show({ message: 'second' });
    await el.updateComplete;

    dialog.showModal();
    await waitUntil(() => el.parentNode === dialog, 'the stack did not move into the modal');
    expect(stackOf(el).matches(':popover-open')).to.equal(true);
    expect(el.closest('[inert]') === null, 'not inert').to.equal(true);
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await clickClose(el, id);
    expect(dismissed.map((d) => [d.id, d.reason])).to.deep.equal([[id, 'user']]);
    expect(dialog.open, 'clicking a toast does not close the modal').to.equal(true);

    dialog.close();
    await waitUntil(() => el.parentNode === page, 'the stack did not go back');
    expect(el.previousElementSibling!.textContent).to.equal('before');
    expect(el.nextElementSibling!.textContent).to.equal('after');
    expect(stackOf(el).matches(':popover-open')).to.equal(true);
    expect(el.queue.get(other), 'moving keeps the toasts').to.exist;
  });

  it('moves into a modal dialog that was already open when it was attached', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog><p>Already open</p></dialog>`);
    dialog.showModal();
    const home = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('streamspace-toast-stack');
    el.duration = 0;
    home.append(el);
    expect(el.parentNode === dialog, 'moved on attach').to.equal(true);
    const id = el.show({ message: 'shown while a modal is open' });
    await el.updateComplete;
    await nextFrame();
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await clickClose(el, id);
    expect(dismissed.map((d) => d.reason)).to.deep.equal(['user']);
    dialog.close();
    await waitUntil(() => el.parentNode === home, 'the stack did not go home');
  });

  it('follows nested modals and returns through them in order', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <streamspace-toast-stack></streamspace-toast-stack>
      <dialog id="outer"><dialog id="inner"></dialog></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    const outer = page.querySelector<HTMLDialogElement>('#outer')!;
    const inner = page.querySelector<HTMLDialogElement>('#inner')!;
    outer.showModal();
    await waitUntil(() => el.parentNode === outer);
    inner.showModal();
    await waitUntil(() => el.parentNode === inner);
    inner.close();
    await waitUntil(() => el.parentNode === outer);
    outer.close();
    await waitUntil(() => el.parentNode === page);
  });

  it('ignores non-modal dialogs', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <streamspace-toast-stack></streamspace-toast-stack>
      <dialog></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    page.querySelector('dialog')!.show();
    await nextFrame();
    expect(el.parentNode === page, 'stayed home').to.equal(true);
  });

  it('goes home if the modal it is a guest in is removed from the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <streamspace-toast-stack></streamspace-toast-stack>
      <dialog></dialog>
    </div>`);
    const el = page.querySelector('streamspace-toast-stack')!;
    const dialog = page.querySelector('dialog')!;
    dialog.showModal();
    await waitUntil(() => el.parentNode === dialog);
    dialog.remove();
    await waitUntil(() => el.parentNode === page, 'the stack was lost with the dialog');
  });

  it('stops watching dialogs once removed', async () => {
    const el = await stackFixture();
    const dialog = await fixture<HTMLDialogElement>(html`<dialog></dialog>`);
    el.remove();
    dialog.showModal();
    await nextFrame();
    expect(el.parentNode === null, 'not moved').to.equal(true);
    dialog.close();
  });
});
