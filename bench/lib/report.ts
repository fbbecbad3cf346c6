import type { BurstResult } from '../scenarios/burst.js';
import type { CenterResult } from '../scenarios/center.js';
import type { LifecycleResult } from '../scenarios/lifecycle.js';
import type { TabsResult } from '../scenarios/tabs.js';
import { pageLabel, type ThroughputSummary } from '../scenarios/throughput.js';
import type { BenchResults, Check } from './checks.js';
import type { PageKey } from './pages.js';
import { selfTimeTable } from './profile.js';
import { sizeTable } from './sizes.js';

const ms = (value: number) => `${value.toFixed(0)} ms`;
const int = (value: number) => Math.round(value).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function throughputTable(rows: ThroughputSummary[], messages: number, rounds: number): string {
  const lines = [
    `Throughput: ${int(messages)} messages per run, median of ${rounds} round(s); "single" = one message per frame, "batched" = 100 per frame.`,
    '',
    '| page | frames | median time | main thread | messages/s | vs (c) | delivered |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${pageLabel(row.page)} | ${row.mode} | ${ms(row.medianMs)} | ${ms(row.medianMainThreadMs)} | ${int(row.messagesPerSecond)} | ${row.ratio.toFixed(2)}x | ${int(row.minDelivered)} |`,
    ),
  ];
  return lines.join('\n');
}

function burstTable(burst: BurstResult): string {
  return [
    `Burst: ${int(burst.alerts)} security alerts within one second, element with toasts on.`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| alerts sent over | ${ms(burst.sentOverMs)} |`,
    `| alerts delivered to a listener | ${int(burst.delivered)} |`,
    `| long tasks (> 50 ms) | ${burst.longTasks.length} |`,
    `| longest long task | ${burst.longTasks.length ? ms(burst.longestTaskMs) : 'none'} |`,
    `| toast nodes: most at once / at the end (max-visible) | ${burst.maxToastNodes} / ${burst.endToastNodes} (${burst.maxVisible}) |`,
    `| DOM nodes before / most / after | ${int(burst.domNodesBefore)} / ${int(burst.maxDomNodes)} / ${int(burst.domNodesAfter)} |`,
    ...longFrameLines(burst),
  ].join('\n');
}

function centerTable(center: CenterResult): string {
  const longest = (tasks: number[]) => (tasks.length ? `${tasks.length}, longest ${ms(Math.max(...tasks))}` : 'none');
  return [
    `Notification center: ${int(center.entriesBefore)} entries, the panel opened, then ${int(center.alerts)} security alerts within one second with it open (toasts on).`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| long tasks (> 50 ms) opening the panel | ${longest(center.openLongTasks)} |`,
    `| alerts sent over / delivered to a listener | ${ms(center.sentOverMs)} / ${int(center.delivered)} |`,
    `| long tasks (> 50 ms) in the burst | ${longest(center.burstLongTasks)} |`,
    `| entry nodes in the panel: most at once | ${center.maxEntryNodes} |`,
    `| entries kept at the end | ${int(center.entriesAfter)} |`,
    `| DOM nodes before / most | ${int(center.domNodesBefore)} / ${int(center.maxDomNodes)} |`,
    ...longFrameLines(center),
  ].join('\n');
}

/** What ran in each long animation frame, so a long task can be traced to a function. */
function longFrameLines(burst: { longFrames: BurstResult['longFrames'] }): string[] {
  if (!burst.longFrames.length) return [];
  const frames = burst.longFrames.map((frame) => {
    const scripts = [...frame.scripts].sort((a, b) => b.duration - a.duration).slice(0, 4);
    const ran = scripts.map((script) => `${script.duration} ms \`${script.source}\` (${script.invoker})`).join(', ');
    return `- ${ms(frame.duration)} frame (render ${ms(frame.renderMs)}): ${ran || 'no script attributed'}`;
  });
  return ['', 'Long animation frames during the burst:', '', ...frames];
}

function lifecycleTable(lifecycle: LifecycleResult): string {
  return [
    `Lifecycle: ${lifecycle.cycles} attach/detach cycles, ${int(lifecycle.messages)} messages in all, toasts on.`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| messages delivered | ${int(lifecycle.delivered)} |`,
    `| server connections: most at once / left open | ${lifecycle.peakServerClients} / ${lifecycle.socketsLeft} |`,
    `| JS heap after GC: start / after 1st cycle / end | ${kb(lifecycle.heapStartBytes)} / ${kb(lifecycle.heapAfterFirstCycleBytes)} / ${kb(lifecycle.heapEndBytes)} |`,
    `| heap growth | ${lifecycle.heapGrowthBytes >= 0 ? '+' : ''}${kb(lifecycle.heapGrowthBytes)} |`,
    `| DOM nodes start / end | ${int(lifecycle.domNodesStart)} / ${int(lifecycle.domNodesEnd)} |`,
  ].join('\n');
}

function tabsTable(tabs: TabsResult): string {
  return [
    `Tabs in ${tabs.engine}: ${tabs.tabs} tabs of one user, ${int(tabs.messages)} messages (100 per frame), median of ${tabs.rounds} round(s), element with toasts off; the endpoint held ${tabs.serverSockets} socket(s).`,
    '',
    '| tab | role | delivered | out of order | time | vs leader |',
    '|---|---|---:|---:|---:|---:|',
    ...tabs.runs.map((run) => `| ${run.tab} | ${run.role} | ${int(run.delivered)} | ${run.disorder} | ${ms(run.elapsedMs)} | ${run.vsLeader.toFixed(2)}x |`),
    '',
    `Failover: leader tab closed → next socket on the server in ${tabs.failoverMs} ms; then ${tabs.socketsAfterFailover} socket(s), ` +
      `and ${int(tabs.afterFailover.messages)} more messages reached the ${tabs.afterFailover.delivered.length} remaining tabs ` +
      `(${tabs.afterFailover.delivered.map(int).join(', ')} delivered, ${tabs.afterFailover.disorder.reduce((a, b) => a + b, 0)} out of order).`,
  ].join('\n');
}

function checksTable(checks: Check[], smoke: boolean): string {
  const status = (check: Check) =>
    check.ok ? 'ok' : check.kind === 'budget' && smoke ? 'OVER (not enforced in --smoke)' : '**FAIL**';
  return ['| check | result | |', '|---|---|---|', ...checks.map((c) => `| ${c.name} | ${c.detail} | ${status(c)} |`)].join('\n');
}

export function markdownReport(results: BenchResults, checks: Check[], options: { rounds: number; smoke: boolean; machine: string }): string {
  const sections = [`## streamspace-enterprise-ws bench${options.smoke ? ' (smoke)' : ''}`, options.machine];
  if (results.throughput?.length) sections.push(throughputTable(results.throughput, results.messages, options.rounds));
  if (results.burst) sections.push(burstTable(results.burst));
  if (results.center) sections.push(centerTable(results.center));
  if (results.lifecycle) sections.push(lifecycleTable(results.lifecycle));
  for (const tabs of results.tabs ?? []) sections.push(tabsTable(tabs));
  if (results.size) sections.push(`Size (gzip level 9, 1 KB = 1024 bytes):\n\n${sizeTable(results.size)}`);
  for (const [key, rows] of Object.entries(results.profiles ?? {})) {
    sections.push(`Profile: ${pageLabel(key as PageKey)}, batched, top self time (unminified build):\n\n${selfTimeTable(rows)}`);
  }
  sections.push(`Budgets (DESIGN.md):\n\n${checksTable(checks, options.smoke)}`);
  return sections.join('\n\n');
}
