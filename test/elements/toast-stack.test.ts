import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import { itWithMediaEmulation, resetMedia } from '../helpers/engine.js';
import { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import { defineElement } from '../../src/internal/define-element.js';
import type { ToastDismissDetail, ToastShowDetail } from '../../src/elements/toast-stack/toast-events.js';
import type { ToastSeverity } from '../../src/toast/types.js';
import { centre, record, region, shadow, spoken, stackFixture, toastItem, toastItems } from './toast-stack.helpers.js';

describe('<streamspace-toast-stack> rendering', () => {
  it('renders each severity with its own icon shape and a severity label, not colour alone', async () => {
    const el = await stackFixture({ maxVisible: 4 });
    const severities: ToastSeverity[] = ['info', 'success', 'warning', 'error'];
    for (const severity of severities) el.show({ title: `T ${severity}`, message: `M ${severity}`, severity });
    await el.updateComplete;

    const shapes = new Set<string>();
    for (const severity of severities) {
      const item = shadow(el).querySelector(`[part~="toast-${severity}"]`)!;
      expect(item, severity).to.exist;
      expect(item.getAttribute('part')).to.equal(`toast toast-${severity}`);
      expect(item.querySelector('[part="title"]')!.textContent!.trim()).to.equal(`T ${severity}`);
      expect(item.querySelector('[part="message"]')!.textContent).to.equal(`M ${severity}`);
      expect(item.querySelector('.visually-hidden')!.textContent).to.equal(
        { info: 'Information:', success: 'Success:', warning: 'Warning:', error: 'Error:' }[severity],
      );
      const icon = item.querySelector('[part="icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      shapes.add(icon.innerHTML.replace(/<!--.*?-->/g, ''));
    }
    expect(shapes.size).to.equal(4);
    const accents = severities.map(
      (s) => getComputedStyle(shadow(el).querySelector(`.${s}`)!).borderInlineStartColor,
    );
    expect(new Set(accents).size).to.equal(4);
  });

  it('renders markup in server text as text, never as HTML', async () => {
    const el = await stackFixture();
    const attack = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    el.show({ title: attack, message: attack, action: { label: attack } });
    await el.updateComplete;
    const item = toastItems(el)[0];
    expect(item.querySelector('img, b') === null, 'no element parsed from text').to.equal(true);
    expect(item.querySelector('[part="message"]')!.textContent).to.equal(attack);
    expect(item.querySelector('[part="title"]')!.textContent!.trim()).to.equal(attack);
    expect(item.querySelector('[part="action-button"]')!.textContent).to.equal(attack);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('turns non-string input into text instead of failing', async () => {
    const el = await stackFixture();
    el.show({ message: 42 as unknown as string, title: null as unknown as string, severity: 'bogus' as ToastSeverity });
    await el.updateComplete;
    const item = toastItems(el)[0];
    expect(item.querySelector('[part="message"]')!.textContent).to.equal('42');
    expect(item.getAttribute('part')).to.equal('toast toast-info');
  });

  it('shows at most max-visible toasts and a "+N more" line for the rest', async () => {
    const el = await stackFixture({ maxVisible: 2 });
    for (let i = 0; i < 5; i++) el.show({ message: `m${i}` });
    await el.updateComplete;
    expect(toastItems(el)).to.have.length(2);
    expect(shadow(el).querySelector('[part="overflow"]')!.textContent).to.equal('+3 more');

    el.dismissAll();
    await el.updateComplete;
    expect(toastItems(el)).to.have.length(0);
    expect(shadow(el).querySelector('[part="overflow"]') === null, 'no overflow line').to.equal(true);
  });

  it('keeps the DOM bounded by max-visible in a burst of 5,000', async () => {
    const el = await stackFixture();
    for (let i = 0; i < 5000; i++) el.show({ title: 'Security alert', message: `alert ${i}`, severity: 'warning' });
    await el.updateComplete;
    expect(toastItems(el)).to.have.length(3);
    expect(shadow(el).querySelectorAll('*').length).to.be.below(120);
    expect(shadow(el).querySelector('[part="overflow"]')!.textContent).to.equal(`+${el.queue.waitingCount.toLocaleString('en')} more`);
  });

  it('merges identical toasts into one with a "×N" count', async () => {
    const el = await stackFixture();
    el.show({ title: 'Node down', message: 'node-1', severity: 'error' });
    el.show({ title: 'Node down', message: 'node-1', severity: 'error' });
    el.show({ title: 'Node down', message: 'node-1', severity: 'error' });
    await el.updateComplete;
    expect(toastItems(el)).to.have.length(1);
    const count = shadow(el).querySelector('[part="count"]')!;
    expect(count.querySelector('[aria-hidden="true"]')!.textContent).to.equal('×3');
    expect(count.querySelector('.visually-hidden')!.textContent).to.equal('3 times');
  });

  it('updates a toast in place with update(id) and with show({id})', async () => {
    const el = await stackFixture();
    const id = el.show({ id: 'hook-1', title: 'Webhook', message: 'Retrying…', severity: 'warning' });
    await el.updateComplete;
    const item = toastItem(el, id)!;

    expect(el.updateToast(id, { message: 'Retrying (2/3)…' })).to.equal(true);
    await el.updateComplete;
    expect(toastItem(el, id) === item, 'same node').to.equal(true);
    expect(item.querySelector('[part="message"]')!.textContent).to.equal('Retrying (2/3)…');

    expect(el.show({ id: 'hook-1', title: 'Webhook', message: 'Delivered', severity: 'success' })).to.equal('hook-1');
    await el.updateComplete;
    expect(toastItems(el)).to.have.length(1);
    expect(toastItem(el, id)!.getAttribute('part')).to.equal('toast toast-success');
    expect(el.updateToast('nope', { message: 'x' })).to.equal(false);
  });

  it('falls back to bottom-right and auto for unknown position and theme values', async () => {
    const el = await fixture<StreamSpaceToastStack>(
      html`<streamspace-toast-stack position="middle" theme="neon"></streamspace-toast-stack>`,
    );
    expect(shadow(el).querySelector('section')!.className).to.equal('stack bottom-right auto');
  });

  it('exposes the documented parts', async () => {
    const el = await stackFixture({ maxVisible: 1 });
    el.show({ message: 'waiting' });
    el.show({ title: 'a', message: 'b', action: { label: 'Retry' } });
    el.show({ title: 'a', message: 'b', action: { label: 'Retry' } });
    await el.updateComplete;
    for (const part of ['stack', 'toast', 'icon', 'title', 'count', 'message', 'action-button', 'close-button', 'overflow']) {
      expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });
});

describe('<streamspace-toast-stack> events', () => {
  it('fires show, dismiss (api, user, timeout, overflow) and action events that bubble out of shadow roots', async () => {
    const el = await stackFixture({ maxVisible: 1 });
    const shows = record<ToastShowDetail>(document, 'streamspace-toast-show');
    const dismissed = record<ToastDismissDetail>(document, 'streamspace-toast-dismiss');

    const a = el.show({ message: 'a' });
    expect(shows.map((d) => [d.toast.id, d.outcome])).to.deep.equal([[a, 'added']]);
    el.show({ message: 'a' });
    expect(shows[1].outcome).to.equal('merged');
    expect(shows[1].toast.count).to.equal(2);

    el.dismiss(a);
    expect(dismissed.at(-1)).to.include({ id: a, reason: 'api' });

    const b = el.show({ message: 'b' });
    await el.updateComplete;
    (toastItem(el, b)!.querySelector('[part="close-button"]') as HTMLButtonElement).click();
    expect(dismissed.at(-1)).to.include({ id: b, reason: 'user' });

    el.queue.maxWaiting = 1;
    el.show({ message: 'visible', priority: 'high' });
    el.show({ message: 'waiting', priority: 'medium' });
    const dropped = el.show({ message: 'dropped', priority: 'low' });
    expect(dismissed.at(-1)).to.include({ id: dropped, reason: 'overflow' });

    el.dismissAll();
    const c = el.show({ message: 'c', duration: 20 });
    const timeout = (await oneEvent(el, 'streamspace-toast-dismiss')).detail as ToastDismissDetail;
    expect(timeout).to.include({ id: c, reason: 'timeout' });
  });

  it('runs the action, fires streamspace-toast-action and dismisses the toast', async () => {
    const el = await stackFixture();
    const clicked: string[] = [];
    const id = el.show({ message: 'Gave up', severity: 'error', action: { label: 'Retry', onClick: (t) => clicked.push(t.id) } });
    const actions = record<{ id: string }>(el, 'streamspace-toast-action');
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await el.updateComplete;
    (shadow(el).querySelector('[part="action-button"]') as HTMLButtonElement).click();
    expect(clicked).to.deep.equal([id]);
    expect(actions.map((d) => d.id)).to.deep.equal([id]);
    expect(dismissed.map((d) => d.reason)).to.deep.equal(['user']);
  });

  it('lets an action show a new toast with the same id', async () => {
    const el = await stackFixture();
    el.show({ id: 'conn', message: 'Gave up', action: { label: 'Retry', onClick: () => el.show({ id: 'conn', message: 'Reconnecting…' }) } });
    await el.updateComplete;
    (shadow(el).querySelector('[part="action-button"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(toastItem(el, 'conn')!.querySelector('[part="message"]')!.textContent).to.equal('Reconnecting…');
  });
});

describe('<streamspace-toast-stack> screen readers', () => {
  it('has both live regions from the moment it is attached, before any toast', () => {
    const el = document.createElement('streamspace-toast-stack');
    document.body.append(el);
    try {
      // Synchronously: no render, no toast yet.
      expect(region(el, 'polite')).to.exist;
      expect(region(el, 'assertive')).to.exist;
      expect(region(el, 'polite').textContent).to.equal('');
    } finally {
      el.remove();
    }
  });

  it('never puts role=alert or role=status together with aria-live on one node', async () => {
    const el = await stackFixture();
    el.show({ message: 'x', severity: 'error' });
    el.show({ message: 'y' });
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[role="alert"][aria-live], [role="status"][aria-live]')).to.have.length(0);
    // The visible toasts are not live regions themselves: only the two announcers speak.
    expect(shadow(el).querySelectorAll('[aria-live], [role="alert"], [role="status"], [role="log"]')).to.have.length(2);
  });

  it('routes errors and critical toasts to the assertive region, the rest to the polite one', async () => {
    const el = await stackFixture();
    el.show({ title: 'Saved', message: 'All good', severity: 'success' });
    expect(await spoken(el, 'polite')).to.equal('Success: Saved. All good');
    expect(region(el, 'assertive').textContent).to.equal('');

    el.show({ title: 'Node down', message: 'node-3', severity: 'error' });
    expect(await spoken(el, 'assertive')).to.equal('Error: Node down. node-3');

    region(el, 'assertive').replaceChildren();
    el.show({ message: 'Breach', severity: 'warning', priority: 'critical' });
    expect(await spoken(el, 'assertive')).to.equal('Warning: Breach');
  });

  it('announces a burst as one summary, not once per toast', async () => {
    const el = await stackFixture();
    for (let i = 0; i < 500; i++) el.show({ title: 'Security alert', message: `#${i}`, severity: 'error' });
    expect(await spoken(el, 'assertive')).to.equal('500 new alerts: Security alert');
    expect(region(el, 'assertive').children).to.have.length(1);

    for (let i = 0; i < 5; i++) el.show({ title: `t${i}`, message: 'news' });
    expect(await spoken(el, 'polite')).to.equal('5 new notifications');
  });

  it('does not announce an in-place update whose text did not change, nor any countdown', async () => {
    const el = await stackFixture({ duration: 5000 });
    const id = el.show({ id: 'r', message: 'Reconnecting (attempt 1/10)' });
    expect(await spoken(el, 'polite')).to.equal('Information: Reconnecting (attempt 1/10)');
    region(el, 'polite').replaceChildren();
    el.show({ id, message: 'Reconnecting (attempt 1/10)' });
    el.updateToast(id, { duration: 9000 });
    await aTimeout(400);
    expect(region(el, 'polite').textContent).to.equal('');
    el.updateToast(id, { message: 'Reconnecting (attempt 2/10)' });
    expect(await spoken(el, 'polite')).to.equal('Information: Reconnecting (attempt 2/10)');
    expect(shadow(el).textContent).not.to.match(/\d+\s*s(ec|econds)?\b/);
  });

  it('names every button', async () => {
    const el = await stackFixture();
    el.show({ title: 'Disk full', message: 'node-2', action: { label: 'Open' } });
    el.show({ message: 'No title here' });
    await el.updateComplete;
    const closes = [...shadow(el).querySelectorAll('[part="close-button"]')];
    expect(closes.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Dismiss notification: No title here',
      'Dismiss notification: Disk full',
    ]);
    expect(shadow(el).querySelector('[part="action-button"]')!.textContent).to.equal('Open');
    expect(el.show({ message: 'x', action: { label: '   ' } })).to.be.a('string');
    await el.updateComplete;
    // An action without a label would be a nameless button: it is not rendered.
    expect(shadow(el).querySelectorAll('[part="action-button"]')).to.have.length(1);
  });

  it('accepts translated strings', async () => {
    const el = await stackFixture({ maxVisible: 1 });
    el.strings = { dismiss: (t) => `Schließen: ${t}`, more: (n) => `+${n} weitere` };
    el.show({ message: 'y' });
    el.show({ title: 'Fehler', message: 'x' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="close-button"]')!.getAttribute('aria-label')).to.equal('Schließen: Fehler');
    expect(shadow(el).querySelector('[part="overflow"]')!.textContent).to.equal('+1 weitere');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe with toasts of every severity shown (${theme})`, async () => {
      const el = await stackFixture({ theme, maxVisible: 4 });
      el.show({ title: 'Info', message: 'Deployment started', severity: 'info' });
      el.show({ title: 'Success', message: 'Webhook delivered', severity: 'success', action: { label: 'View' } });
      el.show({ title: 'Warning', message: 'Node degraded', severity: 'warning' });
      el.show({ title: 'Error', message: 'Node unhealthy', severity: 'error' });
      el.show({ title: 'Error', message: 'Node unhealthy', severity: 'error' });
      el.show({ message: 'queued' });
      await el.updateComplete;
      // Contrast is judged on the settled toast, not mid fade-in.
      for (const animation of shadow(el).getAnimations()) animation.finish();
      await expect(el).to.be.accessible();
    });
  }
});

describe('<streamspace-toast-stack> focus and keyboard', () => {
  it('never takes focus when toasts appear or change', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="name" />`);
    input.focus();
    const el = await stackFixture();
    const id = el.show({ message: 'a', action: { label: 'Undo' } });
    el.show({ message: 'b', severity: 'error' });
    el.updateToast(id, { message: 'changed' });
    await el.updateComplete;
    await nextFrame();
    expect(document.activeElement === input, 'focus stayed in the input').to.equal(true);
  });

  it('dismisses the focused toast on Escape and keeps focus in the stack', async () => {
    const el = await stackFixture();
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    const a = el.show({ message: 'a' });
    const b = el.show({ message: 'b' });
    await el.updateComplete;
    const close = toastItem(el, a)!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    close.focus();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    close.dispatchEvent(escape);
    expect(escape.defaultPrevented).to.equal(true);
    expect(dismissed).to.deep.include({ id: a, reason: 'user', toast: dismissed[0].toast });
    await el.updateComplete;
    expect(
      shadow(el).activeElement === toastItem(el, b)!.querySelector('[part="close-button"]'),
      'focus moved to the next toast',
    ).to.equal(true);
  });

  it('ignores Escape outside a toast', async () => {
    const el = await stackFixture();
    el.show({ message: 'a' });
    await el.updateComplete;
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    el.dispatchEvent(escape);
    expect(escape.defaultPrevented).to.equal(false);
    expect(toastItems(el)).to.have.length(1);
  });
});

describe('<streamspace-toast-stack> timers', () => {
  afterEach(() => resetMouse());

  it('pauses the whole stack while the pointer is over it and resumes with the time left', async () => {
    const el = await stackFixture({ duration: 5000 });
    const a = el.show({ message: 'a' });
    const b = el.show({ message: 'b' });
    await el.updateComplete;
    await sendMouse({ type: 'move', position: centre(toastItem(el, a)!) });
    expect(el.queue.paused).to.equal(true);
    const left = el.queue.timeLeft(b)!;
    await aTimeout(50);
    expect(el.queue.timeLeft(b), 'the other toast is paused too').to.equal(left);

    // The time left runs again from when the pointer left: no more than the move took (a
    // WebDriver round trip can take longer than any fixed allowance on a busy machine).
    const moved = performance.now();
    await sendMouse({ type: 'move', position: [0, 0] });
    const moving = performance.now() - moved;
    expect(el.queue.paused).to.equal(false);
    expect(el.queue.timeLeft(b)).to.be.at.most(left).and.at.least(left - moving - 2);
  });

  it('pauses the whole stack while focus is inside it and resumes with the time left', async () => {
    const el = await stackFixture({ duration: 5000 });
    const a = el.show({ message: 'a' });
    const b = el.show({ message: 'b' });
    await el.updateComplete;
    toastItem(el, a)!.querySelector<HTMLButtonElement>('[part="close-button"]')!.focus();
    expect(el.queue.paused).to.equal(true);
    const left = el.queue.timeLeft(b)!;
    await aTimeout(50);
    expect(el.queue.timeLeft(b)).to.equal(left);
    expect(el.queue.nextDeadline()).to.equal(null);

    toastItem(el, a)!.querySelector<HTMLButtonElement>('[part="close-button"]')!.blur();
    expect(el.queue.paused).to.equal(false);
    expect(el.queue.timeLeft(b)).to.be.at.most(left).and.above(left - 50);
  });

  it('resumes when the focused toast is removed (no focusout fires)', async () => {
    const el = await stackFixture({ duration: 5000 });
    const a = el.show({ message: 'a' });
    await el.updateComplete;
    const close = toastItem(el, a)!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    close.focus();
    el.queue.dismiss(a);
    await el.updateComplete;
    el.show({ message: 'next' });
    await el.updateComplete;
    expect(el.queue.paused).to.equal(false);
  });

  it('pauses on a hidden page and on window blur, and resumes after both end', async () => {
    const el = await stackFixture({ duration: 5000 });
    el.show({ message: 'a' });
    await el.updateComplete;

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('blur'));
    expect(el.queue.paused).to.equal(true);

    delete (document as { visibilityState?: string }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.queue.paused, 'still blurred').to.equal(true);
    window.dispatchEvent(new Event('focus'));
    expect(el.queue.paused).to.equal(false);
  });

  it('dismisses a visible toast when its time is up, but not one with an action', async () => {
    const el = await stackFixture({ duration: 30 });
    const withAction = el.show({ message: 'keep', action: { label: 'Undo' } });
    const plain = el.show({ message: 'go' });
    const { detail } = await oneEvent(el, 'streamspace-toast-dismiss');
    expect(detail).to.include({ id: plain, reason: 'timeout' });
    expect(el.queue.get(withAction)).to.exist;
  });

  it('clears its timer and listeners when removed, and resumes when attached again', async () => {
    const el = await stackFixture({ duration: 40 });
    const id = el.show({ message: 'a' });
    const parent = el.parentNode!;
    el.remove();
    const dismissed = record<ToastDismissDetail>(el, 'streamspace-toast-dismiss');
    await aTimeout(80);
    expect(dismissed).to.have.length(0);
    expect(el.queue.paused).to.equal(true);
    window.dispatchEvent(new Event('focus'));
    expect(el.queue.paused, 'window listeners are gone').to.equal(true);

    parent.appendChild(el);
    const { detail } = await oneEvent(el, 'streamspace-toast-dismiss');
    expect(detail).to.include({ id, reason: 'timeout' });
    el.remove();
  });
});

describe('<streamspace-toast-stack> motion, direction and theme', () => {
  afterEach(resetMedia);

  itWithMediaEmulation('animates toasts in, except with prefers-reduced-motion', async () => {
    const el = await stackFixture();
    el.show({ message: 'a' });
    await el.updateComplete;
    const item = toastItems(el)[0];
    expect(getComputedStyle(item).animationName).to.equal('enter');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(item).animationName).to.equal('none');
  });

  it('mirrors the layout on RTL pages (bottom-right becomes bottom-left)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl">
      <streamspace-toast-stack duration="0"></streamspace-toast-stack>
    </div>`);
    const el = wrapper.querySelector('streamspace-toast-stack')!;
    el.show({ title: 'تنبيه', message: 'رسالة', action: { label: 'إعادة' } });
    await el.updateComplete;
    const stack = shadow(el).querySelector('section')!.getBoundingClientRect();
    expect(stack.left).to.equal(16);
    const toast = toastItems(el)[0];
    const icon = toast.querySelector('[part="icon"]')!.getBoundingClientRect();
    const close = toast.querySelector('[part="close-button"]')!.getBoundingClientRect();
    expect(icon.left).to.be.above(close.left);

    wrapper.dir = 'ltr';
    expect(shadow(el).querySelector('section')!.getBoundingClientRect().right).to.equal(window.innerWidth - 16);
  });

  itWithMediaEmulation('follows prefers-color-scheme in auto and ignores it when a theme is set', async () => {
    const auto = await stackFixture();
    const light = await stackFixture({ theme: 'light' });
    const dark = await stackFixture({ theme: 'dark' });
    for (const el of [auto, light, dark]) el.show({ message: 'x' });
    await Promise.all([auto.updateComplete, light.updateComplete, dark.updateComplete]);
    const bg = (el: StreamSpaceToastStack) => getComputedStyle(toastItems(el)[0]).backgroundColor;
    expect(bg(auto)).to.equal(bg(light));
    expect(bg(dark)).not.to.equal(bg(light));
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg(auto)).to.equal(bg(dark));
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
  });

  it('takes theme colours from --streamspace-toast-* custom properties', async () => {
    const el = await stackFixture();
    el.style.setProperty('--streamspace-toast-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--streamspace-toast-error-color', 'rgb(200, 0, 0)');
    el.show({ message: 'x', severity: 'error' });
    await el.updateComplete;
    const item = toastItems(el)[0];
    expect(getComputedStyle(item).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(item).borderInlineStartColor).to.equal('rgb(200, 0, 0)');
  });
});

describe('defineElement', () => {
  it('does not throw when the element is defined twice', () => {
    expect(() => defineElement('streamspace-toast-stack', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('streamspace-toast-stack')).to.equal(StreamSpaceToastStack);
  });
});
