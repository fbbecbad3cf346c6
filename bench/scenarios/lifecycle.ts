import { waitForClients } from '../lib/bench-endpoint.js';
import { buildFrames } from '../lib/messages.js';
import { openPage } from '../lib/pages.js';
import type { ScenarioContext } from './context.js';
import { LINES_PER_BATCH } from './throughput.js';

export interface LifecycleResult {
  cycles: number;
  messages: number;
  delivered: number;
  /** Most connections the server saw at once during the cycles. */
  peakServerClients: number;
  /** Server connections still open 5 s after the last detach (must be 0). */
  socketsLeft: number;
  heapStartBytes: number;
  /** After the first cycle: one-time costs (template caches, styles) show here, leaks do not. */
  heapAfterFirstCycleBytes: number;
  heapEndBytes: number;
  heapGrowthBytes: number;
  domNodesStart: number;
  domNodesEnd: number;
}

/**
 * Attaches an element (toasts on), lets it receive its share of `messages`, detaches it;
 * `cycles` times. Then: are sockets left open on the server, did the heap come back after GC?
 */
export async function runLifecycle(scenario: ScenarioContext, cycles: number, messages: number): Promise<LifecycleResult> {
  const { endpoint, userId } = scenario;
  const perCycle = Math.ceil(messages / cycles);
  const frames = buildFrames(perCycle, Math.min(perCycle, LINES_PER_BATCH));
  const page = await openPage(scenario.context, scenario.origin, 'elementToasts');
  try {
    const heapStartBytes = await page.evaluate(() => window.bench.heapAfterGc());
    const domNodesStart = await page.evaluate(() => window.bench.nodeCount());
    let delivered = 0;
    let peakServerClients = 0;
    let heapAfterFirstCycleBytes = 0;
    for (let cycle = 0; cycle < cycles; cycle++) {
      await page.evaluate(
        ({ url, token, target }) => {
          const { bench } = window;
          bench.expect(target);
          return bench.open(url, token, { notifications: true });
        },
        { url: endpoint.url, token: scenario.token, target: perCycle },
      );
      peakServerClients = Math.max(peakServerClients, endpoint.clientCount());
      await endpoint.sendFrames(userId, frames);
      delivered += (await page.evaluate(() => window.bench.result(3000))).count;
      await page.evaluate(() => window.bench.disconnect());
      if (cycle === 0) heapAfterFirstCycleBytes = await page.evaluate(() => window.bench.heapAfterGc());
    }
    const socketsLeft = await waitForClients(endpoint, 0, 5000);
    const heapEndBytes = await page.evaluate(() => window.bench.heapAfterGc());
    const domNodesEnd = await page.evaluate(() => window.bench.nodeCount());
    return {
      cycles,
      messages: perCycle * cycles,
      delivered,
      peakServerClients,
      socketsLeft,
      heapStartBytes,
      heapAfterFirstCycleBytes,
      heapEndBytes,
      heapGrowthBytes: heapEndBytes - heapStartBytes,
      domNodesStart,
      domNodesEnd,
    };
  } finally {
    await page.close();
  }
}
