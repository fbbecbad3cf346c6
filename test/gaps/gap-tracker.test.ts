import { expect, waitUntil } from '@open-wc/testing';
import type { CatchUpDetail, ConnectionState, GapDetail } from '../../src/connection/events.js';
import { type CatchUp, type CatchUpRequest, GapTracker, LAST_CONNECTED_KEY } from '../../src/connection/gap-tracker.js';
import { userKey } from '../../src/connection/user-key.js';
import { messageIdentity } from '../../src/protocol/message-identity.js';
import { messageKey } from '../../src/protocol/message-key.js';
import { SERVER_SEND_BUFFER } from '../../src/protocol/limits.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';
import type { RejectedLine } from '../../src/protocol/parse-frame.js';

const TOKEN = 'not-a-jwt-token-of-u1';
const alert = (n: number): StreamSpaceMessage => ({
  type: 'security.alert',
  timestamp: `2025-11-15T10:00:00.${String(n).padStart(9, '0')}Z`,
  data: { alert_type: 'failed_login', severity: 'high', message: `Alert ${n}`, n },
});
const tick = () => new Promise((resolve) => setTimeout(resolve));

/**
 * A tracker on a stand-in connection: its own clock and storage, events on an EventTarget (a
 * socket open or close is signalled as the connection does), and what it fired, collected.
 */
function setup(options: { threshold?: number; timeout?: number; known?: StreamSpaceMessage[] } = {}) {
  let now = 1_000_000;
  let state: ConnectionState = 'idle';
  let following = false;
  let catchUp: CatchUp | null = null;
  const target = new EventTarget();
  const stored = new Map<string, string>();
  const gaps: GapDetail[] = [];
  const caughtUp: CatchUpDetail[] = [];
  const errors: unknown[] = [];
  const replayed: StreamSpaceMessage[] = [];
  const rejected: RejectedLine[] = [];
  const calls: CatchUpRequest[] = [];
  const known = new Set((options.known ?? []).map((m) => messageIdentity(m)));
  const emit = (type: string, detail: unknown) => target.dispatchEvent(new CustomEvent(type, { detail }));
  const tracker = new GapTracker({
    state: () => state,
    following: () => following,
    options: () => ({
      gapThreshold: options.threshold ?? 2000,
      catchUp,
      knownMessages: async () => (message) => known.has(messageIdentity(message)),
    }),
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    emit,
    replay: (messages) => replayed.push(...messages),
    rejected: (line) => rejected.push(line),
    now: () => now,
    storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    ...(options.timeout !== undefined && { timeout: options.timeout }),
  });
  target.addEventListener('streamspace-gap', (e) => gaps.push((e as CustomEvent<GapDetail>).detail));
  target.addEventListener('streamspace-catch-up', (e) => caughtUp.push((e as CustomEvent<CatchUpDetail>).detail));
  target.addEventListener('streamspace-error', (e) => errors.push((e as CustomEvent).detail));
  const lastConnectedKey = async () => LAST_CONNECTED_KEY + (await userKey(TOKEN));
  return {
    tracker, target, stored, gaps, caughtUp, errors, replayed, rejected, calls, lastConnectedKey,
    tick: (ms: number) => (now += ms),
    now: () => now,
    /** This tab's socket opens (the connection calls `opened`, then fires the open); resolves once it is noted. */
    async open() {
      state = 'open';
      const at = String(now);
      tracker.opened(TOKEN);
      emit('streamspace-open', {});
      const key = await lastConnectedKey();
      await waitUntil(() => stored.get(key) === at, 'the open was not noted');
    },
    close() {
      state = 'reconnecting';
      tracker.closed();
      emit('streamspace-close', { code: 1006 });
    },
    follow(value: boolean) {
      following = value;
    },
    setState(value: ConnectionState) {
      state = value;
    },
    answer(fn: CatchUp | null) {
      catchUp = fn && ((request) => (calls.push(request), fn(request)));
    },
    /** A gap as this tab or another fires it. */
    gap(from: number, reason = 'reconnect') {
      emit('streamspace-gap', { from: new Date(from), to: new Date(from + 5000), reason });
    },
    /** Another tab filled the gap at `from`. */
    filled(from: number, reason = 'reconnect') {
      emit('streamspace-catch-up', { from: new Date(from), to: new Date(from + 5000), reason, count: 0, messages: [] });
    },
  };
}

describe('GapTracker: finding gaps', () => {
  it('no gap on a first visit; the last connected moment is kept per user', async () => {
    const t = setup();
    await t.open();
    await tick();
    expect(t.gaps).to.deep.equal([]);
    t.tick(1000);
    t.close();
    expect(t.stored.get(await t.lastConnectedKey())).to.equal(String(t.now()));
  });

  it('a close then an open later than the threshold is one reconnect gap from the close to the open', async () => {
    const t = setup();
    await t.open();
    t.tick(5000);
    t.close();
    const closedAt = t.now();
    t.tick(3000);
    await t.open();
    await waitUntil(() => t.gaps.length === 1);
    expect(t.gaps.map((g) => [+g.from, +g.to, g.reason])).to.deep.equal([[closedAt, t.now(), 'reconnect']]);
    t.close();
  });

  it('a reconnect or handover within the threshold is no gap', async () => {
    const t = setup();
    await t.open();
    t.close();
    t.tick(2000);
    await t.open();
    await tick();
    expect(t.gaps).to.deep.equal([]);
    t.close();
  });

  it('a new visit: an away gap from the last moment any tab of the user was connected; later ones are reconnects', async () => {
    const t = setup();
    const last = t.now() - 3_600_000;
    t.stored.set(await t.lastConnectedKey(), String(last));
    await t.open();
    await waitUntil(() => t.gaps.length === 1);
    expect([+t.gaps[0]!.from, +t.gaps[0]!.to, t.gaps[0]!.reason]).to.deep.equal([last, t.now(), 'away']);
    t.close();
    t.tick(10_000);
    await t.open();
    await waitUntil(() => t.gaps.length === 2);
    expect(t.gaps.map((g) => g.reason)).to.deep.equal(['away', 'reconnect']);
    t.close();
  });

  it('a tab that followed another first reports a reconnect, not an away, when it takes over', async () => {
    const t = setup();
    t.stored.set(await t.lastConnectedKey(), String(t.now()));
    // The group's socket opens in another tab: this one only hears of it.
    t.follow(true);
    t.target.dispatchEvent(new CustomEvent('streamspace-open', { detail: {} }));
    t.follow(false);
    t.tick(4000);
    await t.open();
    await waitUntil(() => t.gaps.length === 1);
    expect(t.gaps[0]!.reason).to.equal('reconnect');
  });

  it('a crashed leader (its last connected moment old): the gap starts when this tab took over the group it saw open', async () => {
    const t = setup();
    t.stored.set(await t.lastConnectedKey(), String(t.now() - 14_000));
    t.follow(true);
    t.setState('open');
    t.target.dispatchEvent(new CustomEvent('streamspace-open', { detail: {} }));
    t.follow(false);
    t.tracker.leading();
    t.tick(400);
    await t.open();
    await tick();
    expect(t.gaps).to.deep.equal([]);
    // Taking over a group that was down: the gap runs from its last connected moment.
    t.close();
    t.tracker.leading();
    t.tick(3000);
    await t.open();
    await waitUntil(() => t.gaps.length === 1);
    expect(+t.gaps[0]!.to - +t.gaps[0]!.from).to.equal(3000);
  });

  it(`a frame of ${SERVER_SEND_BUFFER} lines or more is one server-overflow gap, however many full frames follow`, async () => {
    const t = setup({ threshold: 0 });
    await t.open();
    t.tracker.frame(SERVER_SEND_BUFFER - 1);
    t.tracker.frame(1);
    await tick();
    expect(t.gaps).to.deep.equal([]);
    t.tracker.frame(SERVER_SEND_BUFFER + 1);
    t.tracker.frame(SERVER_SEND_BUFFER);
    await waitUntil(() => t.gaps.length === 1);
    t.tracker.frame(2);
    t.close();
    expect(t.gaps.map((g) => g.reason)).to.deep.equal(['server-overflow']);
  });

  it('a close reports a server-overflow gap still waiting', async () => {
    const t = setup({ threshold: 60_000 });
    await t.open();
    t.tracker.frame(SERVER_SEND_BUFFER);
    t.close();
    expect(t.gaps.map((g) => g.reason)).to.deep.equal(['server-overflow']);
  });
});

describe('GapTracker: catchUp', () => {
  it('asks once per gap with Dates, the reason and a signal; passes on only new, valid messages, in order; replays them', async () => {
    // Known (the history's identity, whatever the order of its data keys): alert 2.
    const reordered = { ...alert(2), data: { n: 2, severity: 'high', message: 'Alert 2', alert_type: 'failed_login' } };
    const t = setup({ known: [reordered] });
    t.answer(async () => [alert(1), alert(2), { nope: true }, alert(3), alert(1), 'text']);
    await t.open();
    t.gap(1000);
    await waitUntil(() => t.caughtUp.length === 1);
    expect(t.calls).to.have.length(1);
    expect(t.calls[0]!.from).to.be.instanceOf(Date);
    expect([+t.calls[0]!.from, +t.calls[0]!.to, t.calls[0]!.reason]).to.deep.equal([1000, 6000, 'reconnect']);
    expect(t.calls[0]!.signal.aborted).to.equal(false);
    expect(t.caughtUp[0]!.count).to.equal(2);
    expect(t.replayed.map((m) => m.data.n)).to.deep.equal([1, 3]);
    expect(t.rejected.map((r) => r.reason)).to.deep.equal(['missing-type', 'not-an-object']);
    expect(t.tracker.pending).to.equal(0);
  });

  it('runs only in the tab holding the open socket; a follower keeps the gap until it leads or hears it was filled', async () => {
    const t = setup();
    t.answer(async () => []);
    t.follow(true);
    t.gap(1000);
    t.gap(9000);
    await tick();
    expect(t.calls).to.have.length(0);
    t.filled(1000);
    expect(t.tracker.pending).to.equal(1);
    t.follow(false);
    await t.open();
    await waitUntil(() => t.caughtUp.length === 2);
    expect(t.calls.map((c) => +c.from)).to.deep.equal([9000]);
  });

  it('fills gaps one at a time, oldest first', async () => {
    const t = setup();
    await t.open();
    t.gap(1000);
    t.gap(9000, 'server-overflow');
    t.answer(async () => []);
    t.tracker.run();
    await waitUntil(() => t.caughtUp.length === 2);
    expect(t.calls.map((c) => [+c.from, c.reason])).to.deep.equal([
      [1000, 'reconnect'],
      [9000, 'server-overflow'],
    ]);
  });

  it('a rejection keeps the gap and is reported once; the next open tries again', async () => {
    const t = setup();
    t.answer(async () => {
      throw new Error('down');
    });
    await t.open();
    t.gap(1000);
    await waitUntil(() => t.errors.length === 1);
    expect(t.errors).to.deep.equal([{ reason: 'catch-up-failed' }]);
    t.close();
    await t.open();
    await waitUntil(() => t.calls.length === 2);
    await tick();
    expect(t.errors).to.have.length(1);
    t.answer(async () => [alert(1)]);
    t.close();
    await t.open();
    await waitUntil(() => t.caughtUp.length === 1);
    expect(t.tracker.pending).to.equal(0);
  });

  it('no answer within the timeout is a failure, and the signal aborts', async () => {
    const t = setup({ timeout: 0 });
    t.answer(() => new Promise(() => {}));
    await t.open();
    t.gap(1000);
    await waitUntil(() => t.errors.length === 1);
    expect(t.calls[0]!.signal.aborted).to.equal(true);
    expect(t.tracker.pending).to.equal(1);
  });

  it('a close aborts the call through its signal, keeps the gap and reports nothing', async () => {
    const t = setup();
    t.answer((request) => new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))));
    await t.open();
    t.gap(1000);
    await waitUntil(() => t.calls.length === 1);
    t.close();
    expect(t.calls[0]!.signal.aborted).to.equal(true);
    await tick();
    expect(t.errors).to.have.length(0);
    expect(t.tracker.pending).to.equal(1);
  });

  it('an answer that is not an array is a failure', async () => {
    const t = setup();
    t.answer(async () => ({ notifications: [] }) as unknown as unknown[]);
    await t.open();
    t.gap(1000);
    await waitUntil(() => t.errors.length === 1);
  });
});

describe('messageIdentity', () => {
  it('is the same whatever the order of the data keys, and different for different data', () => {
    const a = { type: 't.x', timestamp: '2025-11-15T10:00:00Z', data: { b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } } };
    const b = { type: 't.x', timestamp: '2025-11-15T10:00:00Z', data: { a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 } };
    expect(messageKey(a)).not.to.equal(messageKey(b));
    expect(messageIdentity(a)).to.equal(messageIdentity(b));
    expect(messageIdentity(messageKey(b))).to.equal(messageIdentity(a));
    expect(messageIdentity({ ...a, data: { b: 2 } })).not.to.equal(messageIdentity(a));
  });
});
