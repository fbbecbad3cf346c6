// Several tabs of one browser against the real StreamSpace-like endpoint (demo/server): same-origin
// iframes of this page share its Web Locks and BroadcastChannel, as tabs of one browser do.
import { expect } from '@open-wc/testing';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { groupKey } from '../../src/connection/sharing/group-key.js';
import { eventually, FrameTab, log, messages, start, status, type Tab, type TabOptions, type TabStatus, toasts } from './tabs.js';

describe('one socket per browser: tabs of one user share it', function () {
  this.timeout(30_000);
  let ep: TestEndpoint;
  let tabs: FrameTab[] = [];

  const open = async (count: number, options: Partial<TabOptions> = {}) => {
    const opened: FrameTab[] = [];
    for (let i = 0; i < count; i += 1) {
      const tab = await FrameTab.open();
      await start(tab, { url: ep.url, ...options });
      opened.push(tab);
    }
    tabs.push(...opened);
    return opened;
  };
  const statuses = (list: Tab[] = tabs) => Promise.all(list.map((tab) => status(tab)));
  const allOpen = (list: Tab[] = tabs) => eventually(() => statuses(list), (all) => all.every((s) => s.state === 'open'), 'not every tab is open');
  const leaderOf = async (list: Tab[] = tabs) => {
    const all = await eventually(() => statuses(list), (s) => s.filter((x) => x.sharing === 'leader').length === 1, 'not exactly one leader');
    return list[all.findIndex((s: TabStatus) => s.sharing === 'leader')]!;
  };

  beforeEach(async () => {
    localStorage.clear();
    ep = await startEndpoint();
  });

  afterEach(async () => {
    for (const tab of tabs) await tab.close();
    tabs = [];
    localStorage.clear();
    await ep.close();
  });

  it('N tabs of one user hold one server socket: one leader, the others follow', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    await leaderOf();
    expect((await statuses()).map((s) => s.sharing).sort()).to.deep.equal(['follower', 'follower', 'leader']);
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
    expect(await ep.opened('alice'), 'sockets ever opened').to.have.length(1);
  });

  it('every tab fires every message exactly once and in order', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const expected: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      await ep.send('alice', { type: 'security.alert', data: { n, severity: 'low' } });
      expected.push(`m:security.alert:${n}`);
    }
    const burst = Array.from({ length: 600 }, (_, i) => ({ type: 'node.health', data: { n: i, node_name: `n${i % 7}`, health_status: 'healthy' } }));
    await ep.burst('alice', burst);
    expected.push(...burst.map((m) => `m:node.health:${m.data.n}`));
    const tail = (list: string[]) => list.filter((entry) => !entry.startsWith('m:connection:'));
    for (const tab of tabs) {
      const got = await eventually(() => messages(tab), (list) => tail(list).length >= expected.length, `${tab.name} missed messages`);
      expect(tail(got), tab.name).to.deep.equal(expected);
    }
  });

  it('two users in one browser never share: a socket each, each tab only its user\'s messages', async () => {
    const [alice, bob] = [await ep.token('alice'), await ep.token('bob')];
    const [a1, b1, a2] = [...(await open(1, { token: alice })), ...(await open(1, { token: bob })), ...(await open(1, { token: alice }))];
    await allOpen();
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
    await eventually(() => ep.clients('bob'), (count) => count === 1, 'sockets of bob');
    await leaderOf([a1!, a2!]);
    expect((await status(b1!)).sharing).to.equal('leader');
    await ep.send('alice', { type: 'security.alert', data: { n: 'a' } });
    await ep.send('bob', { type: 'security.alert', data: { n: 'b' } });
    await ep.send(null, { type: 'scaling.event', data: { n: 'all' } });
    const own = (list: string[]) => list.filter((entry) => !entry.startsWith('m:connection:'));
    for (const [tab, mine] of [[a1, 'a'], [a2, 'a'], [b1, 'b']] as const) {
      const got = await eventually(() => messages(tab!), (list) => own(list).length >= 2, `${tab!.name} missed messages`);
      expect(own(got), tab!.name).to.deep.equal([`m:security.alert:${mine}`, 'm:scaling.event:all']);
    }
  });

  it("a follower's send() goes out once, on the leader's socket, in order", async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const leader = await leaderOf();
    const followers = tabs.filter((tab) => tab !== leader);
    for (const [i, tab] of followers.entries()) {
      for (let n = 0; n < 3; n += 1) expect(await tab.run((t, data) => t.send(data), { from: i, n })).to.equal(true);
    }
    expect(await leader.run((t) => t.send({ from: 'leader' }))).to.equal(true);
    const sent = await eventually(() => ep.received('alice'), (list) => list.length >= 7, 'not every send arrived');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await ep.received('alice')).to.have.length(7);
    for (const from of [0, 1]) {
      expect(sent.map((text) => JSON.parse(text)).filter((m) => m.from === from).map((m) => m.n), `follower ${from}`).to.deep.equal([0, 1, 2]);
    }
  });

  it('closing the leader hands the socket over within 1 s, unseen by the other tabs', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const leader = await leaderOf();
    const others = tabs.filter((tab) => tab !== leader);
    await ep.send('alice', { type: 'security.alert', data: { n: 'before' } });
    for (const tab of others) await eventually(() => messages(tab), (list) => list.includes('m:security.alert:before'), 'before');
    const logsBefore = await Promise.all(others.map((tab) => log(tab)));
    const socketsBefore = (await ep.opened('alice')).length;
    const closedAt = Date.now();
    await leader.close();
    tabs = others;
    const opened = await eventually(() => ep.opened('alice'), (list) => list.length > socketsBefore, 'no new socket');
    expect(opened.at(-1)! - closedAt, 'ms from closing the leader to the next socket').to.be.below(1000);
    await leaderOf();
    // A follower's send during or after the handover arrives once.
    expect(await others[0]!.run((t) => t.send({ n: 'after' }))).to.equal(true);
    await ep.send('alice', { type: 'security.alert', data: { n: 'after' } });
    for (const [i, tab] of others.entries()) {
      const after = await eventually(() => log(tab), (list) => list.includes('m:security.alert:after'), `${tab.name} missed the message after`);
      // Nothing fired but the new socket's welcome and the message: no close, no open, no state change.
      const added = after.slice(logsBefore[i]!.length).filter((entry) => !entry.startsWith('m:connection:'));
      expect(added, tab.name).to.deep.equal(['m:security.alert:after']);
    }
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
    await eventually(() => ep.received('alice'), (list) => list.length === 1, 'the send after the handover');
  });

  it('removing the token in any tab signs the whole group out, that tab included, and closes the socket', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const leader = await leaderOf();
    const follower = tabs.find((tab) => tab !== leader)!;
    await follower.run((t) => t.signOut());
    await eventually(() => statuses(), (all) => all.every((s) => s.state === 'unauthenticated'), 'not every tab signed out');
    await eventually(() => ep.clients('alice'), (count) => count === 0, 'the socket stayed open');
    // Signing in again (in this page: every tab hears it) brings back one shared socket.
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await allOpen();
    await leaderOf();
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
  });

  it('a leader refused by the server (revoked): every tab hears auth-failed, then no tab is in a group; a new sign-in brings one socket back', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    await leaderOf();
    await ep.revokeUser('alice');
    await ep.drop();
    // The leader's two refused handshakes, its probe's 401: each tab fires the refusal once.
    for (const tab of tabs) await eventually(() => log(tab), (list) => list.includes('auth-failed:401'), `${tab.name} missed auth-failed`);
    // A refused token's group is no one's: its leader left it, and each tab after it.
    const refused = await eventually(() => statuses(), (all) => all.every((s) => s.state === 'unauthenticated' && s.sharing === 'off'), 'a refused tab still in a group');
    expect(refused.map((s) => s.sharing)).to.deep.equal(['off', 'off', 'off']);
    for (const tab of tabs) expect((await log(tab)).filter((entry) => entry === 'auth-failed:401'), tab.name).to.have.length(1);
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await allOpen();
    await leaderOf();
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
  });

  it('without Web Locks, or with share="false", a tab keeps its own socket (sharing "off")', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    const shared = await open(2);
    const [noLocks] = await open(1, { noLocks: true });
    const [optedOut] = await open(1, { share: false });
    await allOpen();
    await leaderOf(shared);
    expect((await status(noLocks!)).sharing).to.equal('off');
    expect((await status(optedOut!)).sharing).to.equal('off');
    await eventually(() => ep.clients('alice'), (count) => count === 3, 'sockets of alice');
    await ep.send('alice', { type: 'security.alert', data: { n: 1 } });
    for (const tab of tabs) await eventually(() => messages(tab), (list) => list.includes('m:security.alert:1'), tab.name);
  });

  it('two elements in one page behave like two tabs', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    const [page] = await open(1, { count: 2 });
    await eventually(() => Promise.all([status(page!, 0), status(page!, 1)]), (s) => s.every((x) => x.state === 'open'), 'not open');
    const roles = await Promise.all([status(page!, 0), status(page!, 1)]);
    expect(roles.map((s) => s.sharing).sort()).to.deep.equal(['follower', 'leader']);
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
    await ep.send('alice', { type: 'security.alert', data: { n: 1 } });
    for (const i of [0, 1]) await eventually(() => messages(page!, i), (list) => list.includes('m:security.alert:1'), `element ${i}`);
  });

  it('a message toasts in one tab only: the one the user pressed last', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    const [one, two, three] = await open(3, { notifications: true });
    await allOpen();
    const presenting = async () => (await statuses()).map((s) => s.presenting);
    await two!.click();
    await eventually(presenting, (p) => p.join() === 'false,true,false', 'the pressed tab does not present');
    await ep.send('alice', { type: 'security.alert', data: { n: 1, alert_type: 'failed_login', severity: 'high', message: 'one' } });
    const alerts = (list: string[]) => list.filter((title) => title.startsWith('Security alert')).length;
    await eventually(() => toasts(two!), (list) => alerts(list) === 1, 'no toast in the pressed tab');
    for (const tab of tabs) await eventually(() => messages(tab), (list) => list.includes('m:security.alert:1'), `${tab.name} fired no event`);
    expect(alerts(await toasts(one!))).to.equal(0);
    expect(alerts(await toasts(three!))).to.equal(0);
    await three!.click();
    await eventually(presenting, (p) => p.join() === 'false,false,true', 'presenting did not move');
    // The tab used last closes: the one used before it presents.
    await three!.close();
    tabs = [one!, two!];
    await eventually(presenting, (p) => p.join() === 'false,true', 'presenting did not fall back');
  });

  it('reconnect() in a follower reconnects the group\'s socket; every tab sees it', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const leader = await leaderOf();
    const follower = tabs.find((tab) => tab !== leader)!;
    const before = await Promise.all(tabs.map((tab) => log(tab)));
    const sockets = (await ep.opened('alice')).length;
    await follower.run((t) => t.reconnect());
    await eventually(() => ep.opened('alice'), (list) => list.length === sockets + 1, 'no new socket');
    const lifecycle = (list: string[]) => list.filter((entry) => !entry.startsWith('m:'));
    for (const [i, tab] of tabs.entries()) {
      const after = await eventually(() => log(tab), (list) => lifecycle(list.slice(before[i]!.length)).includes('open'), `${tab.name} did not reopen`);
      expect(lifecycle(after.slice(before[i]!.length)), tab.name).to.deep.equal(['state:connecting', 'close:1000', 'state:open', 'open']);
    }
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
  });

  it('disconnect() takes only its own tab out; a leader hands over first', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const leader = await leaderOf();
    const [f1, f2] = tabs.filter((tab) => tab !== leader);
    await f1!.run((t) => t.disconnect());
    expect((await status(f1!)).state).to.equal('closed');
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
    expect((await status(leader)).state).to.equal('open');
    const socketsBefore = (await ep.opened('alice')).length;
    await leader.run((t) => t.disconnect());
    expect((await status(leader)).state).to.equal('closed');
    await eventually(() => status(f2!), (s) => s.sharing === 'leader', 'no handover');
    expect((await status(f2!)).state).to.equal('open');
    // The new leader's socket, not the old one still closing on the server (messages sent
    // between the two are lost, as in any reconnect).
    await eventually(() => ep.opened('alice'), (list) => list.length > socketsBefore, 'no new socket');
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'not one socket');
    await ep.send('alice', { type: 'security.alert', data: { n: 'x' } });
    await eventually(() => messages(f2!), (list) => list.includes('m:security.alert:x'), 'the last tab gets nothing');
    expect(await messages(f1!)).to.not.include('m:security.alert:x');
    expect(await messages(leader)).to.not.include('m:security.alert:x');
  });

  it("a dropped socket: every tab sees the leader's close, retry and reopen, in the same order", async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const before = await Promise.all(tabs.map((tab) => log(tab)));
    await ep.drop();
    const lifecycle = (list: string[]) => list.filter((entry) => !entry.startsWith('m:'));
    const seen = [];
    for (const [i, tab] of tabs.entries()) {
      const after = await eventually(() => log(tab), (list) => lifecycle(list.slice(before[i]!.length)).includes('open'), `${tab.name} did not reopen`);
      seen.push(lifecycle(after.slice(before[i]!.length)));
    }
    expect(seen[0]).to.deep.equal(['state:reconnecting', 'close:1006', 'reconnecting:1', 'state:connecting', 'state:open', 'open']);
    expect(seen[1]).to.deep.equal(seen[0]);
    expect(seen[2]).to.deep.equal(seen[0]);
    await eventually(async () => (await statuses()).map((s) => s.reconnectAttempts), (a) => a.every((n) => n === 0), 'attempts not mirrored');
  });

  // A leaving page's socket closes with 1001 too, before `pagehide` in Firefox: the leader hands
  // over first, so its close is never relayed (test/sharing/tab-lifecycle.e2e.test.ts).
  it('the server going away (1001): the next tab takes over unseen by the others; the old leader follows', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3);
    await allOpen();
    const leader = await leaderOf();
    const others = tabs.filter((tab) => tab !== leader);
    const before = await Promise.all(others.map((tab) => log(tab)));
    const socketsBefore = (await ep.opened('alice')).length;
    await ep.drop(1001, 'going away');
    await eventually(() => ep.opened('alice'), (list) => list.length > socketsBefore, 'no new socket');
    await eventually(() => status(leader), (s) => s.state === 'open' && s.sharing === 'follower', 'the old leader does not follow');
    expect((await leaderOf()) === leader).to.equal(false);
    await ep.send('alice', { type: 'security.alert', data: { n: 'after' } });
    for (const tab of tabs) {
      const got = await eventually(() => messages(tab), (list) => list.includes('m:security.alert:after'), `${tab.name} missed the message after`);
      expect(got.filter((entry) => entry === 'm:security.alert:after'), tab.name).to.have.length(1);
    }
    for (const [i, tab] of others.entries()) {
      const lifecycle = (await log(tab)).slice(before[i]!.length).filter((entry) => !entry.startsWith('m:'));
      expect(lifecycle, `${tab.name}: nothing fired`).to.deep.equal([]);
    }
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
  });

  it('channel messages that are not ours are ignored without throwing', async () => {
    const token = await ep.token('alice');
    localStorage.setItem('streamspace_token', token);
    await open(2);
    await allOpen();
    const before = await Promise.all(tabs.map((tab) => log(tab)));
    const channel = new BroadcastChannel(`streamspace-ws:${await groupKey({ origin: location.origin, url: ep.url, tokenParam: 'token', token })}`);
    const frame = '{"type":"evil.event","data":{}}';
    const junk: unknown[] = [
      null, undefined, 0, 'f', [], {}, [1, 'f', frame], new Uint8Array(4),
      { v: 2, k: 'f', i: 'x', f: frame },
      { v: '1', k: 'f', i: 'x', f: frame },
      { v: 1, k: 'f', f: frame },
      { v: 1, k: 'f', i: 42, f: frame },
      { v: 1, k: 'nope', i: 'x' },
      { v: 1, k: '__proto__', i: 'x' },
      { v: 1, k: 'toString', i: 'x' },
      // Well-formed, but not from the leader this tab follows.
      { v: 1, k: 'f', i: 'intruder', f: frame },
      { v: 1, k: 'e', i: 'intruder', t: 'streamspace-close', d: { code: 1006 }, s: 'reconnecting', a: 1, n: null },
      // From nobody's leader, or malformed state.
      { v: 1, k: 'u', i: 'x', to: 'someone-else', s: 'open', a: 0, n: null },
      { v: 1, k: 'lead', i: 'x', to: 'someone-else' },
      { v: 1, k: 's', i: 'x', to: 'someone-else', m: 1, x: 'never sent' },
      { v: 1, k: 's', i: 'x', m: 1, x: { not: 'a string' } },
      { v: 1, k: 'ack', i: 'x', m: 'nothing' },
      { v: 1, k: 'ask', i: 'x', q: 'explode' },
      { v: 1, k: 'bye', i: 'x' },
    ];
    for (const message of junk) channel.postMessage(message);
    channel.close();
    // A real message after the junk: when it is in, the junk was handled (the channel keeps order).
    await ep.send('alice', { type: 'security.alert', data: { n: 'real' } });
    for (const [i, tab] of tabs.entries()) {
      const after = await eventually(() => log(tab), (list) => list.includes('m:security.alert:real'), `${tab.name} missed the real message`);
      expect(after.slice(before[i]!.length), tab.name).to.deep.equal(['m:security.alert:real']);
      expect(await tab.run((t) => t.errors()), tab.name).to.deep.equal([]);
    }
    expect((await statuses()).map((s) => s.state)).to.deep.equal(['open', 'open']);
    expect(await ep.received('alice')).to.deep.equal([]);
  });

  it('a tab that joins while the lock changes hands opens with the group', async () => {
    const token = await ep.token('alice');
    localStorage.setItem('streamspace_token', token);
    const name = `streamspace-ws:${await groupKey({ origin: location.origin, url: ep.url, tokenParam: 'token', token })}`;
    // This page plays a leader that answers the first tab only, then dies without a goodbye.
    let release = () => {};
    await new Promise<void>((held) => {
      void navigator.locks.request(name, () => new Promise<void>((resolve) => ((release = resolve), held())));
    });
    const channel = new BroadcastChannel(name);
    let answered = 0;
    channel.onmessage = ({ data }) => {
      if (data?.k === 'u' && data.r && answered++ === 0) channel.postMessage({ v: 1, k: 'u', i: 'ghost', to: data.i, u: 0, s: 'open', a: 0, n: null });
    };
    try {
      const [first] = await open(1);
      await eventually(() => status(first!), (s) => s.state === 'open', 'the first tab follows the ghost');
      const [second] = await open(1);
      await eventually(() => status(second!), (s) => s.state === 'connecting' && s.sharing === 'follower', 'the second tab waits');
      release();
      await eventually(() => status(first!), (s) => s.sharing === 'leader', 'the first tab takes over');
      await eventually(() => status(second!), (s) => s.state === 'open', 'the second tab never heard where the group stands');
      await eventually(() => ep.clients('alice'), (count) => count === 1, 'not one socket');
      await ep.send('alice', { type: 'security.alert', data: { n: 1 } });
      for (const tab of tabs) await eventually(() => messages(tab), (list) => list.includes('m:security.alert:1'), tab.name);
    } finally {
      channel.close();
      release();
    }
  });

  it('share can change at run time: off gives the tab its own socket, on brings it back', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(2);
    await allOpen();
    const leader = await leaderOf();
    const follower = tabs.find((tab) => tab !== leader)!;
    await follower.run((t) => t.setShare(false));
    await eventually(() => status(follower), (s) => s.sharing === 'off' && s.state === 'open', 'not on its own');
    await eventually(() => ep.clients('alice'), (count) => count === 2, 'no socket of its own');
    await follower.run((t) => t.setShare(true));
    await eventually(() => status(follower), (s) => s.sharing === 'follower' && s.state === 'open', 'not back in the group');
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'its own socket stayed');
  });

  it('a leader whose socket is down keeps retrying, every tab shows it; its successor tries at once', async () => {
    localStorage.setItem('streamspace_token', await ep.token('alice'));
    await open(3, { reconnectInterval: 30_000, maxReconnectDelay: 30_000 });
    await allOpen();
    const leader = await leaderOf();
    const others = tabs.filter((tab) => tab !== leader);
    await ep.stop();
    // Every tab shows the leader's retry; wait for one scheduled far enough ahead to tell "at once" apart.
    const waiting = await eventually(
      () => statuses(),
      (all) => all.every((s) => s.state === 'reconnecting' && s.nextReconnectAt !== null && s.nextReconnectAt - Date.now() > 3000),
      'no far retry mirrored in every tab',
      60_000,
    );
    expect(new Set(waiting.map((s) => s.nextReconnectAt)).size, 'one schedule').to.equal(1);
    const before = await Promise.all(others.map((tab) => log(tab)));
    await leader.close();
    tabs = others;
    const closedAt = Date.now();
    // The next leader starts an attempt at once (its state and every follower's go `connecting`).
    for (const [i, tab] of others.entries()) {
      await eventually(() => log(tab), (list) => list.slice(before[i]!.length).includes('state:connecting'), `${tab.name}: no attempt`, 2000);
    }
    expect(Date.now() - closedAt).to.be.below(waiting[0]!.nextReconnectAt! - closedAt);
    await ep.restart();
    for (const tab of others) await tab.run((t) => t.reconnect());
    await allOpen();
    await eventually(() => ep.clients('alice'), (count) => count === 1, 'sockets of alice');
  });
});
