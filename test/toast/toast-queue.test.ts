import { expect } from '@open-wc/testing';
import { ToastQueue, type ToastQueueOptions } from '../../src/toast/toast-queue.js';
import type { Toast, ToastDismissReason, ToastOptions } from '../../src/toast/types.js';

/** A queue on a fake clock that records what it reports. */
function setup(options: ToastQueueOptions = {}) {
  const clock = { t: 0 };
  const dismissed: Array<[string, ToastDismissReason]> = [];
  const shown: Array<[string, string]> = [];
  let changes = 0;
  const queue = new ToastQueue({
    now: () => clock.t,
    onDismiss: (toast, reason) => dismissed.push([toast.id, reason]),
    onShow: (toast, outcome) => shown.push([toast.id, outcome]),
    onChange: () => changes++,
    ...options,
  });
  return { queue, clock, dismissed, shown, changes: () => changes };
}

const messages = (q: ToastQueue) => q.toasts.map((t) => t.message);

describe('ToastQueue', () => {
  describe('ordering and bounds', () => {
    it('orders visible toasts by priority, then the newest first', () => {
      const { queue } = setup({ maxVisible: 5 });
      queue.show({ message: 'low', priority: 'low' });
      queue.show({ message: 'high', priority: 'high' });
      queue.show({ message: 'critical', priority: 'critical' });
      queue.show({ message: 'medium', priority: 'medium' });
      queue.show({ message: 'high 2', priority: 'high' });
      expect(messages(queue)).to.deep.equal(['critical', 'high 2', 'high', 'medium', 'low']);
    });

    it('derives priority from severity when none is given', () => {
      const { queue } = setup();
      const ids = (['info', 'success', 'warning', 'error'] as const).map((severity) =>
        queue.show({ message: severity, severity }),
      );
      expect(ids.map((id) => queue.get(id)!.priority)).to.deep.equal(['low', 'low', 'medium', 'high']);
    });

    it('shows the newest 3 by default and keeps the rest waiting', () => {
      const { queue } = setup();
      for (let i = 1; i <= 5; i++) queue.show({ message: `m${i}` });
      expect(messages(queue)).to.deep.equal(['m5', 'm4', 'm3']);
      expect(queue.waitingCount).to.equal(2);
      queue.dismiss(queue.toasts[0].id);
      expect(messages(queue)).to.deep.equal(['m4', 'm3', 'm2']);
      expect(queue.waitingCount).to.equal(1);
    });

    it('lets an urgent toast displace a visible low one; the rest of a burst leaves with it, not one by one', () => {
      const { queue, clock } = setup({ duration: 1000 });
      const a = queue.show({ message: 'a' });
      queue.show({ message: 'b' });
      queue.show({ message: 'c' });
      clock.t = 400;
      queue.show({ message: 'alert', priority: 'critical' });
      expect(messages(queue)).to.deep.equal(['alert', 'c', 'b']);
      expect(queue.isVisible(a)).to.equal(false);
      expect(queue.timeLeft(a), 'a waiting toast counts down too').to.equal(600);
      clock.t = 1000;
      expect(queue.expire()).to.equal(3);
      expect(messages(queue)).to.deep.equal(['alert']);
      expect(queue.waitingCount).to.equal(0);
    });

    it('drops the oldest waiting toast of the lowest priority past maxWaiting, and counts it in waitingCount', () => {
      const { queue, dismissed } = setup({ maxVisible: 1, maxWaiting: 2 });
      queue.show({ message: 'visible', priority: 'critical' });
      const old = queue.show({ message: 'old' });
      queue.show({ message: 'urgent', priority: 'high' });
      const newer = queue.show({ message: 'new' });
      expect(dismissed).to.deep.equal([[old, 'overflow']]);
      expect(queue.waitingCount, 'two waiting, one dropped: all three are hidden').to.equal(3);
      queue.show({ message: 'newest' });
      expect(dismissed.at(-1)).to.deep.equal([newer, 'overflow']);
      expect(queue.size).to.equal(3);
      expect(queue.waitingCount).to.equal(4);
      queue.dismissAll('user', true);
      expect(queue.waitingCount, 'a new burst counts from zero').to.equal(0);
    });

    it('keeps notices apart: first, never in a maxVisible slot, never dropped, kept by dismissAll(messagesOnly)', () => {
      const { queue, dismissed } = setup({ maxVisible: 2, maxWaiting: 1 });
      const notice = queue.show({ id: 'conn', message: 'Sign in again', severity: 'error', notice: true });
      for (let i = 0; i < 50; i++) queue.show({ message: `m${i}`, priority: 'critical' });
      expect(messages(queue)).to.deep.equal(['Sign in again', 'm49', 'm48']);
      expect(queue.noticeCount).to.equal(1);
      expect(queue.waitingCount).to.equal(48);
      expect(dismissed.some(([id]) => id === notice)).to.equal(false);
      expect(queue.dismissAll('user', true)).to.equal(3);
      expect(messages(queue)).to.deep.equal(['Sign in again']);
      expect(queue.waitingCount).to.equal(0);
    });

    it('counts toasts that were never shown (addHidden) in waitingCount until nothing waits', () => {
      const { queue } = setup({ maxVisible: 1, duration: 0 });
      const a = queue.show({ message: 'a' });
      queue.show({ message: 'b' });
      queue.addHidden(500);
      expect(queue.waitingCount).to.equal(501);
      queue.dismiss(a);
      expect(queue.waitingCount).to.equal(0);
    });

    it('drops an incoming toast that ranks below everything waiting', () => {
      const { queue, dismissed } = setup({ maxVisible: 1, maxWaiting: 1 });
      queue.show({ message: 'v', priority: 'critical' });
      queue.show({ message: 'w', priority: 'critical' });
      const low = queue.show({ message: 'late', priority: 'low' });
      expect(dismissed).to.deep.equal([[low, 'overflow']]);
      expect(queue.get(low)).to.equal(undefined);
    });

    it('applies lowered bounds at once', () => {
      const { queue, dismissed } = setup({ maxVisible: 3 });
      for (let i = 1; i <= 5; i++) queue.show({ message: `m${i}` });
      queue.maxVisible = 1;
      expect(messages(queue)).to.deep.equal(['m5']);
      expect(queue.waitingCount).to.equal(4);
      queue.maxWaiting = 1;
      expect(queue.size).to.equal(2);
      expect(queue.waitingCount, 'the dropped ones still count').to.equal(4);
      expect(dismissed.map(([, reason]) => reason)).to.deep.equal(['overflow', 'overflow', 'overflow']);
      expect(queue.get(queue.show({ message: 'm5' }))!.count, 'm5 is still held').to.equal(2);
    });

    it('falls back to defaults for invalid bounds', () => {
      const { queue } = setup({ maxVisible: Number.NaN, maxWaiting: -1 });
      expect([queue.maxVisible, queue.maxWaiting]).to.deep.equal([3, 100]);
      queue.maxVisible = 0;
      expect(queue.maxVisible).to.equal(3);
      queue.maxVisible = Infinity;
      expect(queue.maxVisible, 'never unbounded').to.equal(3);
    });
  });

  describe('updates and de-duplication', () => {
    it('merges identical shows into one toast with a count', () => {
      const { queue, shown } = setup();
      const first = queue.show({ title: 'Alert', message: 'Failed login', severity: 'error' });
      const second = queue.show({ title: 'Alert', message: 'Failed login', severity: 'error' });
      queue.show({ title: 'Alert', message: 'Failed login', severity: 'warning' });
      expect(second).to.equal(first);
      expect(queue.get(first)!.count).to.equal(2);
      expect(queue.size).to.equal(2);
      expect(shown.map(([, outcome]) => outcome)).to.deep.equal(['added', 'merged', 'added']);
    });

    it('restarts the timer of a merged toast', () => {
      const { queue, clock } = setup({ duration: 1000 });
      const id = queue.show({ message: 'same' });
      clock.t = 800;
      queue.show({ message: 'same' });
      expect(queue.timeLeft(id)).to.equal(1000);
      expect(queue.expire(1500)).to.equal(0);
      expect(queue.expire(1800)).to.equal(1);
    });

    it('merges into waiting toasts too', () => {
      const { queue } = setup({ maxVisible: 1 });
      queue.show({ message: 'a' });
      const b = queue.show({ message: 'b' });
      expect(queue.show({ message: 'b' })).to.equal(b);
      expect(queue.waitingCount).to.equal(1);
      expect(queue.get(b)!.count).to.equal(2);
    });

    it('replaces a toast shown again with the same id, in place', () => {
      const { queue, clock, shown } = setup({ duration: 1000 });
      queue.show({ id: 'w', title: 'Webhook', message: 'retrying', severity: 'warning', duration: 0 });
      clock.t = 500;
      queue.show({ id: 'w', message: 'delivered', severity: 'success' });
      const toast = queue.get('w')!;
      expect([toast.title, toast.message, toast.severity, toast.count]).to.deep.equal(['', 'delivered', 'success', 1]);
      expect(queue.size).to.equal(1);
      expect(queue.timeLeft('w'), 'left-out duration takes the default').to.equal(1000);
      expect(shown.at(-1)).to.deep.equal(['w', 'updated']);
    });

    it('does not merge toasts that carry their own ids', () => {
      const { queue } = setup();
      queue.show({ id: 'a', message: 'same' });
      queue.show({ id: 'b', message: 'same' });
      expect(queue.size).to.equal(2);
    });

    it('patches fields with update() and keeps the countdown', () => {
      const { queue, clock } = setup({ duration: 1000 });
      const id = queue.show({ title: 'T', message: 'one' });
      clock.t = 300;
      expect(queue.update(id, { message: 'two' })).to.equal(true);
      expect(queue.get(id)).to.include({ title: 'T', message: 'two', count: 1 });
      expect(queue.timeLeft(id)).to.equal(700);
      expect(queue.update('nope', { message: 'x' })).to.equal(false);
    });

    it('re-ranks a toast whose priority changes', () => {
      const { queue } = setup({ maxVisible: 1 });
      queue.show({ message: 'a' });
      const b = queue.show({ message: 'b' });
      queue.update(b, { priority: 'critical' });
      expect(messages(queue)).to.deep.equal(['b']);
      queue.show({ message: 'c' });
      queue.update(b, { priority: 'low' });
      expect(messages(queue), 'back behind the newer toast').to.deep.equal(['c']);
    });

    it('hands out fresh toast objects on change, so renders can compare identity', () => {
      const { queue } = setup();
      const id = queue.show({ message: 'x' });
      const before = queue.toasts;
      expect(queue.toasts).to.equal(before);
      queue.update(id, { message: 'y' });
      expect(queue.toasts).to.not.equal(before);
      expect(before[0].message).to.equal('x');
    });
  });

  describe('timers', () => {
    it('counts down every held toast, so a burst does not trickle out one toast at a time', () => {
      const { queue, clock, dismissed } = setup({ maxVisible: 1, duration: 1000 });
      const a = queue.show({ message: 'a' });
      clock.t = 100;
      const b = queue.show({ message: 'b' });
      expect(queue.isVisible(a)).to.equal(false);
      expect(queue.nextDeadline()).to.equal(1000);
      clock.t = 1000;
      expect(queue.expire()).to.equal(1);
      expect(dismissed).to.deep.equal([[a, 'timeout']]);
      expect(queue.expire(1100)).to.equal(1);
      expect(dismissed.at(-1)).to.deep.equal([b, 'timeout']);
    });

    it('keeps the remaining time across pause and resume', () => {
      const { queue, clock } = setup({ duration: 1000 });
      const id = queue.show({ message: 'x' });
      clock.t = 300;
      queue.pause();
      clock.t = 10_000;
      expect(queue.nextDeadline()).to.equal(null);
      expect(queue.expire()).to.equal(0);
      expect(queue.timeLeft(id)).to.equal(700);
      queue.resume();
      expect(queue.nextDeadline()).to.equal(10_700);
    });

    it('stays paused until every pause reason is released', () => {
      const { queue, clock } = setup({ duration: 1000 });
      queue.show({ message: 'x' });
      queue.pause('hover');
      queue.pause('blur');
      queue.resume('hover');
      expect(queue.paused).to.equal(true);
      clock.t = 5000;
      queue.resume('blur');
      expect(queue.paused).to.equal(false);
      expect(queue.nextDeadline()).to.equal(6000);
    });

    it('starts a promoted toast paused while the queue is paused', () => {
      const { queue, clock } = setup({ maxVisible: 1, duration: 1000 });
      const a = queue.show({ message: 'a' });
      const b = queue.show({ message: 'b' });
      queue.pause();
      queue.dismiss(a, 'user');
      expect(queue.isVisible(b)).to.equal(true);
      expect(queue.nextDeadline()).to.equal(null);
      clock.t = 50;
      queue.resume();
      expect(queue.nextDeadline()).to.equal(1050);
    });

    it('never expires a toast with an action or duration 0', () => {
      const { queue } = setup({ duration: 1000 });
      const act = queue.show({ message: 'act', action: { label: 'Retry' } });
      const sticky = queue.show({ message: 'sticky', duration: 0 });
      expect(queue.nextDeadline()).to.equal(null);
      expect(queue.expire(1e12)).to.equal(0);
      expect([queue.timeLeft(act), queue.timeLeft(sticky)]).to.deep.equal([null, null]);
      queue.update(act, { action: null });
      expect(queue.nextDeadline(), 'no action: it may expire now').to.equal(1000);
    });

    it('reads invalid durations safely', () => {
      const { queue } = setup({ duration: 1000 });
      const nan = queue.show({ message: 'nan', duration: Number.NaN });
      const negative = queue.show({ message: 'neg', duration: -5 });
      const infinite = queue.show({ message: 'inf', duration: Infinity });
      expect([nan, negative, infinite].map((id) => queue.get(id)!.duration)).to.deep.equal([1000, 1000, 0]);
    });
  });

  describe('notifications', () => {
    it('reports one change per call and each dismissal with its reason', () => {
      const { queue, dismissed, changes } = setup({ maxVisible: 2 });
      queue.show({ message: 'a' });
      queue.show({ message: 'b' });
      queue.show({ message: 'c' });
      expect(changes()).to.equal(3);
      const version = queue.version;
      expect(queue.dismissAll('user')).to.equal(3);
      expect(changes()).to.equal(4);
      expect(queue.version).to.be.greaterThan(version);
      expect(dismissed.map(([, r]) => r)).to.deep.equal(['user', 'user', 'user']);
      expect([queue.size, queue.waitingCount, queue.toasts.length]).to.deep.equal([0, 0, 0]);
      expect(queue.dismiss('gone')).to.equal(false);
      expect(changes(), 'no change, no notification').to.equal(4);
    });

    it('reports dismissals before the change, with state already consistent', () => {
      const seen: number[] = [];
      const queue = new ToastQueue({ maxVisible: 1 });
      queue.onDismiss = () => seen.push(queue.toasts.length);
      queue.onChange = () => seen.push(-1);
      queue.show({ message: 'a' });
      queue.show({ message: 'b' });
      seen.length = 0;
      queue.dismiss(queue.toasts[0].id);
      expect(seen).to.deep.equal([1, -1]);
    });

    it('treats an unknown reason as api', () => {
      const { queue, dismissed } = setup();
      const id = queue.show({ message: 'x' });
      queue.dismiss(id, 'bogus' as ToastDismissReason);
      expect(dismissed).to.deep.equal([[id, 'api']]);
    });

    it('survives a throwing listener', () => {
      const reported: unknown[] = [];
      const original = globalThis.reportError;
      globalThis.reportError = (error: unknown) => reported.push(error);
      try {
        let changes = 0;
        const queue = new ToastQueue({
          onDismiss: () => {
            throw new Error('listener bug');
          },
          onChange: () => changes++,
        });
        queue.dismiss(queue.show({ message: 'x' }));
        expect(reported).to.have.length(1);
        expect(changes).to.equal(2);
        expect(queue.size).to.equal(0);
      } finally {
        globalThis.reportError = original;
      }
    });
  });

  describe('bad input', () => {
    it('turns junk options into a plain info toast instead of throwing', () => {
      const { queue } = setup();
      const junk = {
        message: 42,
        title: null,
        severity: 'fatal',
        priority: 'urgent',
        action: { label: '   ' },
      } as unknown as ToastOptions;
      const toast = queue.get(queue.show(junk)) as Toast;
      expect(toast).to.include({ message: '42', title: '', severity: 'info', priority: 'low' });
      expect(toast.action).to.equal(undefined);
      expect(() => queue.show(null as unknown as ToastOptions)).to.not.throw();
    });

    it('keeps generated ids unique when a caller already used one', () => {
      const { queue } = setup();
      queue.show({ id: 'toast-1', message: 'taken' });
      const id = queue.show({ message: 'auto' });
      expect(id).to.not.equal('toast-1');
      expect(queue.size).to.equal(2);
    });
  });

  describe('bursts', () => {
    it('holds at most maxVisible + maxWaiting through 5,000 distinct shows', () => {
      const { queue, dismissed, changes } = setup();
      for (let i = 0; i < 5000; i++) queue.show({ message: `alert ${i}`, severity: 'error' });
      expect(queue.toasts.length).to.equal(3);
      expect(queue.waitingCount, 'exact: every toast not on screen').to.equal(4997);
      expect(queue.size).to.equal(103);
      expect(dismissed.length).to.equal(4897);
      expect(dismissed.every(([, reason]) => reason === 'overflow')).to.equal(true);
      expect(changes()).to.equal(5000);
      expect(messages(queue), 'the newest are visible').to.deep.equal(['alert 4999', 'alert 4998', 'alert 4997']);
    });

    it('keeps critical alerts in view during a mixed burst', () => {
      const { queue } = setup();
      for (let i = 0; i < 5000; i++) {
        queue.show({ message: `m${i}`, priority: i % 1000 === 999 ? 'critical' : 'low' });
      }
      expect(messages(queue)).to.deep.equal(['m4999', 'm3999', 'm2999']);
      expect(queue.size).to.equal(103);
    });

    it('collapses 5,000 identical shows into one toast', () => {
      const { queue } = setup();
      for (let i = 0; i < 5000; i++) queue.show({ title: 'Security alert', message: 'Failed login' });
      expect(queue.size).to.equal(1);
      expect(queue.toasts[0].count).to.equal(5000);
    });
  });
});
