import { sleep, waitForClients, waitForCount } from '../lib/bench-endpoint.js';
import { CENTER_ENTRIES } from '../lib/budgets.js';
import { openConnectedPage, type LongFrame } from '../lib/pages.js';
import { sendAlerts } from './burst.js';
import type { ScenarioContext } from './context.js';

export interface CenterResult {
  /** Entries in the history when the panel opened (the budget's 500). */
  entriesBefore: number;
  /** Main-thread tasks over 50 ms while the panel opened and rendered. */
  openLongTasks: number[];
  alerts: number;
  sentOverMs: number;
  /** `security.alert` events counted by a document listener during the burst. */
  delivered: number;
  /** Main-thread tasks over 50 ms during the burst (panel open) and its aftermath. */
  burstLongTasks: number[];
  longestTaskMs: number;
  longFrames: LongFrame[];
  /** Most entry nodes in the panel seen in any frame, and entries kept at the end. */
  maxEntryNodes: number;
  entriesAfter: number;
  domNodesBefore: number;
  maxDomNodes: number;
}

/**
 * The notification center under load: a history of 500 entries, the panel opened, then a
 * burst of `alerts` security alerts with the panel open (toasts on too).
 */
export async function runCenter(scenario: ScenarioContext, alerts = 5000): Promise<CenterResult> {
  const { endpoint } = scenario;
  const page = await openConnectedPage(scenario.context, scenario.origin, 'elementCenter', endpoint.url, scenario.token);
  try {
    await sendAlerts(scenario, CENTER_ENTRIES, 0);
    await waitForCount(() => page.evaluate(() => window.bench.centerEntries()), CENTER_ENTRIES);
    await sleep(300);

    const openedAt = await page.evaluate(() => window.bench.now());
    await page.evaluate(() => window.bench.showCenter());
    await sleep(300);
    const opened = await page.evaluate((since) => ({ longTasks: window.bench.longTasksSince(since), entries: window.bench.centerEntries() }), openedAt);

    const start = await page.evaluate(() => {
      const { bench } = window;
      bench.countType('security.alert');
      bench.startSampling();
      bench.startEntrySampling();
      return { at: bench.now(), nodes: bench.nodeCount() };
    });
    const sentOverMs = await sendAlerts(scenario, alerts, CENTER_ENTRIES);
    const delivered = await waitForCount(() => page.evaluate(() => window.bench.typeCount('security.alert')), alerts);
    await sleep(500);
    const end = await page.evaluate((since) => {
      const { bench } = window;
      const sampled = bench.stopSampling();
      return {
        maxNodes: sampled.maxNodes,
        maxEntryNodes: bench.stopEntrySampling(),
        longTasks: bench.longTasksSince(since),
        longFrames: bench.longFramesSince(since),
        entries: bench.centerEntries(),
      };
    }, start.at);
    return {
      entriesBefore: opened.entries,
      openLongTasks: opened.longTasks,
      alerts,
      sentOverMs,
      delivered,
      burstLongTasks: end.longTasks,
      longestTaskMs: Math.max(0, ...opened.longTasks, ...end.longTasks),
      longFrames: end.longFrames,
      maxEntryNodes: end.maxEntryNodes,
      entriesAfter: end.entries,
      domNodesBefore: start.nodes,
      maxDomNodes: end.maxNodes,
    };
  } finally {
    await page.close();
    await waitForClients(endpoint, 0);
  }
}
