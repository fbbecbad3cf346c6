import { sleep, waitForClients } from '../lib/bench-endpoint.js';
import { buildFrames } from '../lib/messages.js';
import { openConnectedPage, type BenchPage, type PageOpener } from '../lib/pages.js';
import type { ScenarioContext } from './context.js';
import { median } from '../lib/stats.js';
import { LINES_PER_BATCH } from './throughput.js';

export interface TabRun {
  /** 1-based, in opening order. */
  tab: number;
  role: string;
  /** Lowest count over the rounds (must equal the messages sent). */
  delivered: number;
  /** Messages that came twice or out of order, over all rounds (must be 0). */
  disorder: number;
  /** First to last message at the tab's `document` (ms), median of the rounds. */
  elapsedMs: number;
  /** elapsedMs / the leader's. */
  vsLeader: number;
}

/** The scenario's needs: any browser's pages (it runs in Chromium and in Firefox). */
export type TabsScenario = Omit<ScenarioContext, 'context'> & { context: PageOpener<BenchPage> };

export interface TabsResult {
  /** The browser it ran in. */
  engine: string;
  tabs: number;
  messages: number;
  rounds: number;
  /** Sockets the endpoint held once every tab was open (must be 1). */
  serverSockets: number;
  runs: TabRun[];
  /** Highest follower time / leader time. */
  slowestFollowerRatio: number;
  /** The leader's page closed → the next socket registered on the server (ms). */
  failoverMs: number;
  /** Sockets once the next tab leads (must be 1). */
  socketsAfterFailover: number;
  /** A second run into the remaining tabs, after the failover. */
  afterFailover: { messages: number; delivered: number[]; disorder: number[] };
}

/** Every page receives `messages` bench messages (sent to the one socket); their counts, order and times. */
async function measure(scenario: TabsScenario, pages: BenchPage[], messages: number) {
  await Promise.all(
    pages.map((page) =>
      page.evaluate((target) => {
        window.bench.trackOrder();
        window.bench.expect(target);
      }, messages),
    ),
  );
  await scenario.endpoint.sendFrames(scenario.userId, buildFrames(messages, LINES_PER_BATCH));
  return Promise.all(
    pages.map(async (page) => ({ ...(await page.evaluate(() => window.bench.result())), disorder: await page.evaluate(() => window.bench.disorder()) })),
  );
}

/**
 * `tabs` tabs of one user (the element, toasts off, sharing on as by default): one server socket,
 * `messages` newline-batched messages into it, every tab counted and timed (`rounds` times,
 * medians); then the leading tab closes, the time until the next tab's socket is on the server
 * is measured, and a tenth of the messages go to the tabs that remain.
 */
export async function runTabs(scenario: TabsScenario, engine: string, tabs: number, messages: number, rounds: number): Promise<TabsResult> {
  const { context, origin, endpoint, token } = scenario;
  const pages: BenchPage[] = [];
  try {
    for (let i = 0; i < tabs; i++) pages.push(await openConnectedPage(context, origin, 'elementQuiet', endpoint.url, token));
    const serverSockets = await waitForClients(endpoint, 1);
    const roles = await Promise.all(pages.map((page) => page.evaluate(() => window.bench.sharing?.() ?? 'unknown')));
    const leader = roles.indexOf('leader');
    if (leader < 0) throw new Error(`no tab leads (roles: ${roles.join(', ')})`);

    const results: Awaited<ReturnType<typeof measure>>[] = [];
    for (let round = 0; round < rounds; round++) results.push(await measure(scenario, pages, messages));
    const ofTab = (i: number) => results.map((round) => round[i]!);
    const leaderMs = median(ofTab(leader).map((r) => r.elapsed));
    const runs = pages.map((_, i) => {
      const elapsedMs = median(ofTab(i).map((r) => r.elapsed));
      return {
        tab: i + 1,
        role: roles[i]!,
        delivered: Math.min(...ofTab(i).map((r) => r.count)),
        disorder: ofTab(i).reduce((sum, r) => sum + r.disorder, 0),
        elapsedMs,
        vsLeader: elapsedMs / leaderMs,
      };
    });

    const registered = endpoint.registeredAt().length;
    const closedAt = Date.now();
    await pages[leader]!.close();
    pages.splice(leader, 1);
    const deadline = Date.now() + 5000;
    while (endpoint.registeredAt().length === registered && Date.now() < deadline) await sleep(2);
    const nextAt = endpoint.registeredAt()[registered];
    if (nextAt === undefined) throw new Error('no tab opened a socket within 5 s of the leader closing');
    const socketsAfterFailover = await waitForClients(endpoint, 1);

    const afterMessages = Math.max(LINES_PER_BATCH, Math.round(messages / 10));
    const after = await measure(scenario, pages, afterMessages);
    return {
      engine,
      tabs,
      messages,
      rounds,
      serverSockets,
      runs,
      slowestFollowerRatio: Math.max(...runs.filter((run) => run.role !== 'leader').map((run) => run.vsLeader)),
      failoverMs: nextAt - closedAt,
      socketsAfterFailover,
      afterFailover: { messages: afterMessages, delivered: after.map((r) => r.count), disorder: after.map((r) => r.disorder) },
    };
  } finally {
    await Promise.all(pages.map((page) => page.close()));
    await waitForClients(endpoint, 0);
  }
}
