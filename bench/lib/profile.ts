import type { Page } from 'playwright-core';

export interface SelfTime {
  /** `name file:line:column (module)`, 1-based, e.g. `readLine streamspace-enterprise-ws.iife.js:908:19 (src/protocol/parse-frame.ts)` */
  location: string;
  selfMs: number;
  percent: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Names the source module of a bundle line, when known. */
export type ModuleResolver = (url: string, line: number) => string | undefined;

/** Runs `work` under Chromium's sampling profiler and returns the top self-time functions. */
export async function profileSelfTime(
  page: Page,
  work: () => Promise<unknown>,
  resolveModule: ModuleResolver = () => undefined,
  top = 15,
): Promise<SelfTime[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();

  const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node as ProfileNode]));
  const selfUs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = nodes.get(samples[i]!)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const location = describe(frame, resolveModule);
    selfUs.set(location, (selfUs.get(location) ?? 0) + (deltas[i] ?? 0));
  }
  const total = [...selfUs.values()].reduce((sum, us) => sum + us, 0);
  return [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([location, us]) => ({ location, selfMs: us / 1000, percent: (us / total) * 100 }));
}

function describe(frame: ProfileNode['callFrame'], resolveModule: ModuleResolver): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
  const line = frame.lineNumber + 1;
  const module = resolveModule(frame.url, line);
  return `${name} ${file}:${line}:${frame.columnNumber + 1}${module ? ` (${module})` : ''}`;
}

export function selfTimeTable(rows: SelfTime[]): string {
  return [
    '| self time | % | function |',
    '|---:|---:|---|',
    ...rows.map((row) => `| ${row.selfMs.toFixed(1)} ms | ${row.percent.toFixed(1)}% | \`${row.location}\` |`),
  ].join('\n');
}
