// What the pill leaves running: one timer only while a retry is counted down, none otherwise,
// and nothing at all (timer, listener, observer) once it is removed from the page.
// Between checkpoints only microtasks are awaited (no waitUntil, which leaves its own timeout
// behind), so every timer the spy sees pending is the pill's.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import { FakeConnectionElement, goOffline, observerSpy, pill, timerSpy } from './connection-status.helpers.js';

describe('<streamspace-connection-status> timers and listeners', () => {
  let fake: FakeConnectionElement;
  let el: StreamSpaceConnectionStatus;
  let timers: ReturnType<typeof timerSpy>;
  let observers: ReturnType<typeof observerSpy>;

  beforeEach(async () => {
    const container = await fixture<HTMLDivElement>(html`<div><fake-connection-element id="conn"></fake-connection-element></div>`);
    fake = container.querySelector('fake-connection-element')!;
    timers = timerSpy();
    observers = observerSpy();
    el = document.createElement('streamspace-connection-status');
    el.htmlFor = 'conn';
    container.append(el);
    await el.updateComplete;
  });

  afterEach(() => {
    timers.restore();
    observers.restore();
    goOffline(false);
  });

  const settle = async () => {
    // The state event's re-render, then one more turn for anything it scheduled.
    await el.updateComplete;
    await Promise.resolve();
  };

  it('uses the element its `for` names, and no timer while live', async () => {
    expect(el.connectionElement).to.equal(fake);
    expect(pill(el).label).to.equal('Live');
    expect(timers.pending).to.equal(0);
    expect(observers.active, 'found at once: no observer').to.equal(0);
  });

  it('one timer while a retry is counted down, none in any other state', async () => {
    fake.set('reconnecting', { attempt: 3, inMs: 12_000 });
    await settle();
    expect(pill(el).label).to.equal('Reconnecting in 12 s (attempt 3 of 10)');
    expect(timers.pending).to.equal(1);
    fake.set('connecting');
    await settle();
    expect(timers.pending).to.equal(0);
    fake.set('reconnecting', { attempt: 4, inMs: 5_000 });
    await settle();
    expect(timers.pending, 'a new retry replaces the countdown, never adds one').to.equal(1);
    for (const state of ['open', 'connecting', 'failed', 'unauthenticated', 'closed', 'idle']) {
      fake.set(state);
      await settle();
      expect(timers.pending, state).to.equal(0);
    }
    fake.set('reconnecting', { attempt: 1, inMs: 5_000 });
    goOffline(true);
    await settle();
    expect(pill(el).label).to.equal('Offline');
    expect(timers.pending, 'offline: no countdown shown, none running').to.equal(0);
  });

  it('removed from the page, it leaves no timer, no listener and no observer behind', async () => {
    fake.set('reconnecting', { attempt: 3, inMs: 12_000 });
    await settle();
    expect(timers.pending).to.equal(1);
    expect(fake.liveListeners).to.be.greaterThan(0);
    el.remove();
    expect(timers.pending).to.equal(0);
    expect(fake.liveListeners).to.equal(0);
    expect(observers.active).to.equal(0);
    // Nothing left listening: neither the connection element nor the network reaches it.
    const shown = pill(el).label;
    fake.set('failed');
    goOffline(true);
    await settle();
    expect(pill(el).label).to.equal(shown);
    expect(timers.pending).to.equal(0);
  });

  it('put back in the page, it counts down again', async () => {
    fake.set('reconnecting', { attempt: 2, inMs: 9_000 });
    await settle();
    const parent = el.parentElement!;
    el.remove();
    expect(timers.pending).to.equal(0);
    parent.append(el);
    await settle();
    expect(timers.pending).to.equal(1);
    expect(pill(el).label).to.match(/^Reconnecting in [89] s \(attempt 2 of 10\)$/);
  });

  it('removed while still looking for its connection element, it stops looking', async () => {
    el.htmlFor = 'missing';
    await settle();
    expect(el.connectionElement).to.equal(null);
    expect(observers.active).to.equal(1);
    el.remove();
    expect(observers.active).to.equal(0);
  });

  it('counts the seconds down to zero, then stops its timer', async () => {
    fake.set('reconnecting', { attempt: 1, inMs: 1_500 });
    await settle();
    expect(pill(el).label).to.equal('Reconnecting in 2 s (attempt 1 of 10)');
    // Real time passes here (the spy stays installed; only the pill's timer is pending).
    await new Promise<void>((resolve) => {
      const label = el.shadowRoot!.querySelector('[part~="label"]')!;
      new MutationObserver((_, observer) => {
        if (label.textContent === 'Reconnecting… (attempt 1 of 10)') {
          observer.disconnect();
          resolve();
        }
      }).observe(label, { characterData: true, childList: true, subtree: true });
    });
    await settle();
    expect(timers.pending, 'no timer once due').to.equal(0);
    expect(fake.reconnects, 'the pill never starts the retry itself').to.equal(0);
  });

  it('"Reconnect now" and "Retry" call reconnect() at once', async () => {
    fake.set('reconnecting', { attempt: 3, inMs: 12_000 });
    await settle();
    pill(el).button!.click();
    expect(fake.reconnects).to.equal(1);
    fake.set('failed');
    await settle();
    expect(pill(el).button!.textContent).to.equal('Retry');
    pill(el).button!.click();
    expect(fake.reconnects).to.equal(2);
  });
});
