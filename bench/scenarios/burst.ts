import { sleep, waitForClients, waitForCount } from '../lib/bench-endpoint.js';
import { securityAlert } from '../lib/messages.js';
import { openConnectedPage, type LongFrame } from '../lib/pages.js';
import type { ScenarioContext } from './context.js';

export interface BurstResult {
  alerts: number;
  /** How long the server took to queue them all (ms): about 1000 unless the machine lagged. */
  sentOverMs: number;
  /** `security.alert` events counted by a document listener. */
  delivered: number;
  /** Durations (ms) of main-thread tasks over 50 ms during the burst and its aftermath. */
  longTasks: number[];
  longestTaskMs: number;
  /** Long animation frames over 50 ms, with their scripts: where the long tasks came from. */
  longFrames: LongFrame[];
  maxVisible: number;
  /** Most toast nodes seen in any frame, and at the end. */
  maxToastNodes: number;
  endToastNodes: number;
  domNodesBefore: number;
  maxDomNodes: number;
  domNodesAfter: number;
}

const TICK_MS = 10;

/**
 * Sends `count` security alerts spread evenly over one second (50 every 10 ms for 5,000);
 * returns how long the server took to queue them (ms), once its writers are idle.
 */
export async function sendAlerts(scenario: ScenarioContext, count: number, offset = 0): Promise<number> {
  const { endpoint, userId } = scenario;
  const perTick = Math.ceil(count / (1000 / TICK_MS));
  const began = performance.now();
  for (let sent = 0, tick = 0; sent < count; tick++) {
    const due = began + tick * TICK_MS;
    if (due > performance.now()) await sleep(due - performance.now());
    for (const end = Math.min(count, sent + perTick); sent < end; sent++) {
      const { alertType, severity, message } = securityAlert(offset + sent);
      endpoint.securityAlert(userId, alertType, severity, message);
    }
  }
  const sentOverMs = performance.now() - began;
  await endpoint.whenIdle();
  return sentOverMs;
}

/** `alerts` security alerts spread evenly over one second, into the element with toasts on. */
export async function runBurst(scenario: ScenarioContext, alerts = 5000): Promise<BurstResult> {
  const { endpoint } = scenario;
  const page = await openConnectedPage(scenario.context, scenario.origin, 'elementToasts', endpoint.url, scenario.token);
  try {
    // Let the welcome toast settle so it is not counted as burst growth.
    await sleep(300);
    const start = await page.evaluate(() => {
      const { bench } = window;
      bench.countType('security.alert');
      bench.startSampling();
      return { at: bench.now(), nodes: bench.nodeCount() };
    });

    const sentOverMs = await sendAlerts(scenario, alerts);

    const delivered = await waitForCount(() => page.evaluate(() => window.bench.typeCount('security.alert')), alerts);
    // Rendering and announcements that follow the last event belong to the burst too.
    await sleep(500);
    const end = await page.evaluate((since) => {
      const { bench } = window;
      const sampled = bench.stopSampling();
      return {
        ...sampled,
        longTasks: bench.longTasksSince(since),
        longFrames: bench.longFramesSince(since),
        maxVisible: bench.maxVisible(),
        toasts: bench.toastCount(),
        nodes: bench.nodeCount(),
      };
    }, start.at);
    return {
      alerts,
      sentOverMs,
      delivered,
      longTasks: end.longTasks,
      longestTaskMs: Math.max(0, ...end.longTasks),
      longFrames: end.longFrames,
      maxVisible: end.maxVisible,
      maxToastNodes: end.maxToasts,
      endToastNodes: end.toasts,
      domNodesBefore: start.nodes,
      maxDomNodes: end.maxNodes,
      domNodesAfter: end.nodes,
    };
  } finally {
    await page.close();
    await waitForClients(endpoint, 0);
  }
}
