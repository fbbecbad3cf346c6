// Keyboard paths through the toasts and the notification center, with real key presses
// (sendKeys): after each one, where focus is (through shadow roots). It is never <body>.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { deepActiveElement } from '../../src/elements/toast-stack/toast-focus-controller.js';
import type { StreamSpaceToastStack } from '../../src/elements/toast-stack/toast-stack.js';
import { ENGINE, itExceptIn } from '../helpers/engine.js';
import { alert, bell, isOpen, listFilled, mount, part, parts, type Mounted } from './notification-center.helpers.js';

const active = () => deepActiveElement();
/** Compared by identity: chai would walk a whole DOM node to describe a mismatch. */
const expectFocus = (expected: Element | null | undefined, label = 'focus') =>
  expect(active() === expected, `${label}: on ${active()?.outerHTML.slice(0, 80)}`).to.equal(true);
/** Presses a key or a chord ("Alt+t"): modifiers held down, the key pressed, released in reverse. */
const press = async (chord: string) => {
  const keys = chord.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  // Focus moves a render later where a toast or an entry went away.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve));
};
/** @web/test-runner-webdriver's sendKeys only presses and types: WebDriver classic holds no modifier key down. */
const NO_HELD_MODIFIER = 'the WebDriver sendKeys command presses or types, it holds no modifier down';
const toast = (stack: StreamSpaceToastStack, message: string) =>
  [...stack.shadowRoot!.querySelectorAll<HTMLElement>('li')].find((li) => li.textContent!.includes(message))!;

describe('keyboard: the toast stack', () => {
  async function page(hotkey?: string) {
    const root = await fixture<HTMLDivElement>(html`<div>
      <input aria-label="Search" />
      <streamspace-toast-stack duration="0" hotkey=${hotkey ?? 'alt+t'}></streamspace-toast-stack>
    </div>`);
    const input = root.querySelector('input')!;
    const stack = root.querySelector('streamspace-toast-stack')!;
    for (const message of ['oldest', 'middle', 'newest']) stack.show({ message });
    await stack.updateComplete;
    input.focus();
    return { input, stack };
  }

  itExceptIn(['webkit'], NO_HELD_MODIFIER, 'Alt+T moves focus to the newest toast; Escape returns it', async () => {
    const { input, stack } = await page();
    await press('Alt+KeyT');
    expectFocus(toast(stack, 'newest'));
    await press('Escape');
    expectFocus(input);
    expect(stack.queue.size, 'Escape after the hotkey dismisses nothing').to.equal(3);
  });

  it('dismissing with Enter or Space moves to the next toast, then back where focus was; never <body>', async () => {
    const { input, stack } = await page();
    if (ENGINE === 'webkit') {
      // WebDriver classic holds no modifier (no Alt+T): focus enters from the input by focus().
      toast(stack, 'newest').querySelector<HTMLElement>('[part="close-button"]')!.focus();
    } else {
      await press('Alt+KeyT');
      await press('Tab');
    }
    expectFocus(toast(stack, 'newest').querySelector('[part="close-button"]'));
    await press('Enter');
    expectFocus(toast(stack, 'middle').querySelector('[part="close-button"]'));
    await press(' ');
    expectFocus(toast(stack, 'oldest').querySelector('[part="close-button"]'));
    await press('Enter');
    expect(stack.queue.size).to.equal(0);
    expectFocus(input);
  });

  it('Escape on a toast reached by Tab dismisses it and focus moves on', async () => {
    const { stack } = await page();
    toast(stack, 'middle').querySelector<HTMLElement>('[part="close-button"]')!.focus();
    await press('Escape');
    expect(stack.queue.size).to.equal(2);
    expectFocus(toast(stack, 'oldest').querySelector('[part="close-button"]'));
  });

  itExceptIn(['webkit'], NO_HELD_MODIFIER, 'the hotkey can be changed, and turned off', async () => {
    const { input, stack } = await page('ctrl+shift+y');
    await press('Alt+KeyT');
    expectFocus(input);
    await press('Control+Shift+KeyY');
    expectFocus(toast(stack, 'newest'));
    stack.hotkey = 'off';
    input.focus();
    await press('Control+Shift+KeyY');
    expectFocus(input);
  });
});

describe('keyboard: the notification center', () => {
  let mounted: Mounted | undefined;
  afterEach(() => {
    mounted?.endpoint.stop();
    mounted = undefined;
  });

  async function opened(count: number) {
    mounted = await mount({ center: '<streamspace-notification-center></streamspace-notification-center><button>After</button>' });
    const { center, send } = mounted;
    await send(Array.from({ length: count }, (_, i) => alert(`alert ${i}`)), Math.min(count, 500));
    bell(center).focus();
    await press('Enter');
    await waitUntil(() => isOpen(center) && center.shadowRoot!.activeElement === part(center, 'panel'), 'the panel did not take focus');
    await listFilled(center);
    return center;
  }

  it('after a burst, "Show more" is at most 12 Tab presses in; the list is one stop with Up/Down/Home/End/Delete', async () => {
    const center = await opened(120);
    const showMore = part(center, 'show-more')!;
    let presses = 0;
    while (active() !== showMore && presses < 20) {
      await press('Tab');
      presses++;
      expect(active() === document.body, `Tab ${presses} lost focus to <body>`).to.equal(false);
    }
    expect(presses).to.be.at.most(12);

    const entries = () => parts(center, 'entry-button');
    entries()[0]!.focus();
    await press('ArrowDown');
    expectFocus(entries()[1]);
    await press('End');
    expectFocus(entries().at(-1));
    await press('Home');
    expectFocus(entries()[0]);
    await press('ArrowDown');
    const second = entries()[1]!.closest('li')!.dataset.id;
    await press('Delete');
    expect(center.entries.some((entry) => entry.id === second)).to.equal(false);
    expectFocus(entries()[1], 'focus on the entry that took its place');
    expect(entries().filter((button) => button.tabIndex === 0)).to.have.length(1);
  });

  it('"Mark all read" by Enter keeps focus in the panel; Escape returns to the bell', async () => {
    const center = await opened(3);
    const markAll = part(center, 'action')!;
    markAll.focus();
    await press('Enter');
    expect(center.unreadCount).to.equal(0);
    expectFocus(markAll);
    await press('Escape');
    expect(isOpen(center)).to.equal(false);
    expectFocus(bell(center));
  });

  it('"Clear all" by Enter: "Undo" takes its place, focus stays on it; Undo brings the entries back; left alone, it clears', async () => {
    const center = await opened(3);
    const clearAll = parts(center, 'action')[1]!;
    clearAll.focus();
    await press('Enter');
    expect(parts(center, 'entry')).to.have.length(0);
    expect(clearAll.textContent).to.equal('Undo');
    expectFocus(clearAll);
    await press('Enter');
    await waitUntil(() => parts(center, 'entry').length === 3, 'Undo did not bring the entries back');
    expect(clearAll.textContent).to.equal('Clear all');
    expectFocus(clearAll);
    await press('Enter');
    await waitUntil(() => center.entries.length === 0, 'the clear never completed', { timeout: 8000 });
    expect(clearAll.textContent).to.equal('Clear all');
    expectFocus(clearAll);
  });

  it('Tab past the last control closes the panel: focus never sits under it', async () => {
    const center = await opened(3);
    parts(center, 'entry-button')[0]!.focus();
    await press('Tab');
    expect(isOpen(center)).to.equal(false);
    expectFocus(center.parentElement!.querySelector('button'));
  });

  it('Escape returns focus to "+N more" when that opened the panel', async () => {
    mounted = await mount({ notifications: 'true' });
    const { ws, center, send } = mounted;
    await send([alert('a'), alert('b'), alert('c'), alert('d'), alert('e')]);
    const stack = ws.shadowRoot!.querySelector('streamspace-toast-stack')!;
    const more = () => stack.shadowRoot!.querySelector<HTMLElement>('[part="overflow"]');
    await waitUntil(() => more()?.textContent === '+2 more');
    more()!.focus();
    await press('Enter');
    await waitUntil(() => isOpen(center));
    expectFocus(part(center, 'panel'));
    await press('Escape');
    await waitUntil(() => active() === more(), 'focus did not return to "+N more"');
  });
});
