import type { Page } from 'playwright-core';
import { waitForClients } from '../lib/bench-endpoint.js';
import { buildFrames } from '../lib/messages.js';
import { openConnectedPage, PAGES, type PageKey } from '../lib/pages.js';
import { median, rotate } from '../lib/stats.js';
import type { ScenarioContext } from './context.js';

export type FrameMode = 'batched' | 'single';

/** Lines per frame in batched mode: what the backend writes for a client with 100 queued messages. */
export const LINES_PER_BATCH = 100;

export interface ThroughputRun {
  page: PageKey;
  mode: FrameMode;
  round: number;
  delivered: number;
  /** First to last message at `document` (ms). */
  elapsedMs: number;
  /** Renderer main-thread task time over the run (CDP TaskDuration, ms). */
  mainThreadMs: number;
  /** Why the run did not complete, if it did not. */
  error?: string;
}

export interface ThroughputSummary {
  page: PageKey;
  mode: FrameMode;
  medianMs: number;
  medianMainThreadMs: number;
  /** medianMs / the raw page's medianMs in the same mode. */
  ratio: number;
  messagesPerSecond: number;
  /** Lowest delivered count over the rounds (must equal the messages sent). */
  minDelivered: number;
}

/** Sends `frames` to a connected page and times their arrival at `document`. */
async function measureRun(page: Page, scenario: ScenarioContext, frames: string[], messages: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  const before = await taskSeconds();
  await page.evaluate((target) => window.bench.expect(target), messages);
  await scenario.endpoint.sendFrames(scenario.userId, frames);
  const { count, elapsed } = await page.evaluate(() => window.bench.result());
  const mainThreadMs = ((await taskSeconds()) - before) * 1000;
  await cdp.detach();
  return { delivered: count, elapsedMs: elapsed, mainThreadMs };
}

export async function runOnce(scenario: ScenarioContext, key: PageKey, frames: string[], messages: number) {
  try {
    const page = await openConnectedPage(scenario.context, scenario.origin, key, scenario.endpoint.url, scenario.token);
    try {
      return await measureRun(page, scenario, frames, messages);
    } finally {
      await page.close();
    }
  } finally {
    // The next page starts with the server to itself.
    await waitForClients(scenario.endpoint, 0);
  }
}

/** Every page, both frame modes, `rounds` times, pages rotated each round. */
export async function runThroughput(
  scenario: ScenarioContext,
  options: { messages: number; rounds: number; pages: PageKey[]; onRun?: (run: ThroughputRun) => void },
): Promise<{ runs: ThroughputRun[]; summary: ThroughputSummary[] }> {
  const modes: Record<FrameMode, string[]> = {
    batched: buildFrames(options.messages, LINES_PER_BATCH),
    single: buildFrames(options.messages, 1),
  };
  // Warm-up: first-load costs (script compile, connection setup) stay out of the numbers.
  for (const key of options.pages) await runOnce(scenario, key, modes.batched.slice(0, 10), Math.min(options.messages, 10 * LINES_PER_BATCH));

  const runs: ThroughputRun[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (const mode of Object.keys(modes) as FrameMode[]) {
      for (const key of rotate(options.pages, round)) {
        const run: ThroughputRun = { page: key, mode, round, delivered: 0, elapsedMs: Number.NaN, mainThreadMs: Number.NaN };
        try {
          Object.assign(run, await runOnce(scenario, key, modes[mode], options.messages));
        } catch (error) {
          // One broken run is a result (nothing delivered), not the end of the bench.
          run.error = (error as Error).message.split('\n')[0];
        }
        runs.push(run);
        options.onRun?.(run);
      }
    }
  }
  return { runs, summary: summarize(runs, options.pages, options.messages) };
}

function summarize(runs: ThroughputRun[], pages: PageKey[], messages: number): ThroughputSummary[] {
  const summary: ThroughputSummary[] = [];
  for (const mode of ['batched', 'single'] as FrameMode[]) {
    const of = (key: PageKey) => runs.filter((run) => run.mode === mode && run.page === key);
    const rawMedian = median(of('raw').map((run) => run.elapsedMs));
    for (const key of pages) {
      const mine = of(key);
      const medianMs = median(mine.map((run) => run.elapsedMs));
      summary.push({
        page: key,
        mode,
        medianMs,
        medianMainThreadMs: median(mine.map((run) => run.mainThreadMs)),
        ratio: medianMs / rawMedian,
        messagesPerSecond: medianMs > 0 ? (messages / medianMs) * 1000 : Number.NaN,
        minDelivered: Math.min(...mine.map((run) => run.delivered)),
      });
    }
  }
  return summary;
}

export const pageLabel = (key: PageKey) => `(${PAGES[key].id}) ${PAGES[key].label}`;
