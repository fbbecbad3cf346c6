import { buildFrames } from '../lib/messages.js';
import { openConnectedPage, type PageKey } from '../lib/pages.js';
import { profileSelfTime, type ModuleResolver, type SelfTime } from '../lib/profile.js';
import type { ScenarioContext } from './context.js';
import { LINES_PER_BATCH, runOnce } from './throughput.js';

/** CPU profile of one batched throughput run of page `key`. */
export async function profileRun(
  scenario: ScenarioContext,
  key: PageKey,
  messages: number,
  resolveModule?: ModuleResolver,
): Promise<SelfTime[]> {
  const frames = buildFrames(messages, LINES_PER_BATCH);
  await runOnce(scenario, key, frames, messages); // warm-up: JIT, first connection
  const page = await openConnectedPage(scenario.context, scenario.origin, key, scenario.endpoint.url, scenario.token);
  try {
    return await profileSelfTime(page, async () => {
      await page.evaluate((target) => window.bench.expect(target), messages);
      await scenario.endpoint.sendFrames(scenario.userId, frames);
      await page.evaluate(() => window.bench.result());
    }, resolveModule);
  } finally {
    await page.close();
  }
}
