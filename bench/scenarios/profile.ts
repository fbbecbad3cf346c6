import { buildFrames } from '../lib/messages.js';
import { openConnectedPage } from '../lib/pages.js';
import { profileSelfTime, type SelfTime } from '../lib/profile.js';
import type { ScenarioContext } from './context.js';
import { LINES_PER_BATCH, runOnce } from './throughput.js';

/** CPU profile of one batched throughput run of the element with toasts off. */
export async function profileElementRun(scenario: ScenarioContext, messages: number): Promise<SelfTime[]> {
  const frames = buildFrames(messages, LINES_PER_BATCH);
  await runOnce(scenario, 'elementQuiet', frames, messages); // warm-up: JIT, first connection
  const page = await openConnectedPage(scenario.context, scenario.origin, 'elementQuiet', scenario.endpoint.url, scenario.token);
  try {
    return await profileSelfTime(page, async () => {
      await page.evaluate((target) => window.bench.expect(target), messages);
      await scenario.endpoint.sendFrames(scenario.userId, frames);
      await page.evaluate(() => window.bench.result());
    });
  } finally {
    await page.close();
  }
}
