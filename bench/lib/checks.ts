import type { BurstResult } from '../scenarios/burst.js';
import type { CenterResult } from '../scenarios/center.js';
import type { LifecycleResult } from '../scenarios/lifecycle.js';
import type { TabsResult } from '../scenarios/tabs.js';
import type { ThroughputRun, ThroughputSummary } from '../scenarios/throughput.js';
import { PAGES } from './pages.js';
import type { SelfTime } from './profile.js';
import {
  CENTER_ENTRIES,
  MAX_CENTER_ENTRY_NODES,
  MAX_FAILOVER_MS,
  MAX_FOLLOWER_RATIO,
  MAX_HEAP_GROWTH_BYTES,
  MAX_LONG_TASK_MS,
  MAX_THROUGHPUT_RATIO,
  MAX_TOAST_THROUGHPUT_RATIO,
} from './budgets.js';
import { sizeFailures, type SizeResult } from './sizes.js';

/**
 * One pass/fail line. `correctness` checks (nothing lost, nothing left open) fail every run;
 * `budget` checks are timing or size limits, enforced except in --smoke.
 */
export interface Check {
  kind: 'correctness' | 'budget';
  name: string;
  ok: boolean;
  detail: string;
}

export interface BenchResults {
  messages: number;
  /** Scenarios that crashed (each one a failed check). */
  errors: string[];
  throughput?: ThroughputSummary[];
  throughputRuns?: ThroughputRun[];
  burst?: BurstResult;
  center?: CenterResult;
  lifecycle?: LifecycleResult;
  /** The tabs scenario per engine: Chromium, then Firefox. */
  tabs?: TabsResult[];
  size?: SizeResult[];
  /** Top self-time functions per page, from --profile (or a broken throughput budget). */
  profiles?: Record<string, SelfTime[]>;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export function evaluateChecks(results: BenchResults): Check[] {
  const checks: Check[] = results.errors.map((error) => ({ kind: 'correctness', name: 'scenario ran to the end', ok: false, detail: error }));
  const runs = results.throughputRuns ?? [];
  if (runs.length) {
    const short = runs.filter((run) => run.delivered !== results.messages);
    checks.push({
      kind: 'correctness',
      name: 'throughput: every run delivered every message',
      ok: short.length === 0,
      detail: short.length
        ? short
            .map((run) => `${run.mode} round ${run.round + 1} (${PAGES[run.page].id}): ${run.error ?? `${run.delivered} of ${results.messages}`}`)
            .join('; ')
        : `${runs.length} runs x ${results.messages}`,
    });
  }
  for (const row of results.throughput ?? []) {
    if (!Number.isFinite(row.ratio)) continue;
    const limit = row.page === 'elementQuiet' ? MAX_THROUGHPUT_RATIO : MAX_TOAST_THROUGHPUT_RATIO;
    if (row.page === 'raw' || row.page === 'partysocket') continue;
    checks.push({
      kind: 'budget',
      name: `throughput ${row.mode}: ${PAGES[row.page].label} / raw <= ${limit}`,
      ok: row.ratio <= limit,
      detail: `${row.ratio.toFixed(2)}x`,
    });
  }
  const { burst, center, lifecycle } = results;
  if (center) {
    checks.push(
      {
        kind: 'correctness',
        name: `center: ${CENTER_ENTRIES} entries before the panel opened, and every alert reached a listener`,
        ok: center.entriesBefore >= CENTER_ENTRIES && center.delivered === center.alerts,
        detail: `${center.entriesBefore} entries; ${center.delivered} of ${center.alerts} alerts`,
      },
      {
        kind: 'budget',
        name: `center: no main-thread task over ${MAX_LONG_TASK_MS} ms opening the panel or in the burst`,
        ok: center.longestTaskMs <= MAX_LONG_TASK_MS,
        detail: center.openLongTasks.length + center.burstLongTasks.length
          ? `${center.openLongTasks.length} opening, ${center.burstLongTasks.length} in the burst, longest ${center.longestTaskMs.toFixed(0)} ms`
          : 'none',
      },
      {
        kind: 'correctness',
        name: 'center: entries were rendered in the open panel',
        ok: center.maxEntryNodes > 0,
        detail: `${center.maxEntryNodes} at most`,
      },
      {
        kind: 'budget',
        name: `center: entry DOM bounded (at most ${MAX_CENTER_ENTRY_NODES}), history bounded (${CENTER_ENTRIES})`,
        ok: center.maxEntryNodes <= MAX_CENTER_ENTRY_NODES && center.entriesAfter <= CENTER_ENTRIES,
        detail: `${center.maxEntryNodes} entry nodes at most, ${center.entriesAfter} entries at the end`,
      },
    );
  }
  if (burst) {
    checks.push(
      { kind: 'correctness', name: 'burst: every alert reached a listener', ok: burst.delivered === burst.alerts, detail: `${burst.delivered} of ${burst.alerts}` },
      {
        kind: 'budget',
        name: `burst: no main-thread task over ${MAX_LONG_TASK_MS} ms`,
        ok: burst.longestTaskMs <= MAX_LONG_TASK_MS,
        detail: burst.longTasks.length ? `${burst.longTasks.length} long tasks, longest ${burst.longestTaskMs.toFixed(0)} ms` : 'none',
      },
      {
        // Guards the measurement: no toast found would make the bound below pass vacuously.
        kind: 'correctness',
        name: 'burst: toasts were rendered (part="toast" in the stack)',
        ok: burst.maxToastNodes > 0,
        detail: `${burst.maxToastNodes} at most`,
      },
      {
        kind: 'budget',
        name: 'burst: toast DOM bounded by max-visible',
        ok: burst.maxToastNodes <= burst.maxVisible,
        detail: `at most ${burst.maxToastNodes} toast nodes, max-visible ${burst.maxVisible}`,
      },
    );
  }
  if (lifecycle) {
    checks.push(
      { kind: 'correctness', name: 'lifecycle: every message delivered', ok: lifecycle.delivered === lifecycle.messages, detail: `${lifecycle.delivered} of ${lifecycle.messages}` },
      { kind: 'correctness', name: 'lifecycle: no socket left open on the server', ok: lifecycle.socketsLeft === 0, detail: `${lifecycle.socketsLeft} open` },
      {
        kind: 'budget',
        name: `lifecycle: heap within ${mb(MAX_HEAP_GROWTH_BYTES)} of the start after GC`,
        ok: lifecycle.heapGrowthBytes <= MAX_HEAP_GROWTH_BYTES,
        detail: `${lifecycle.heapGrowthBytes >= 0 ? '+' : ''}${mb(lifecycle.heapGrowthBytes)}`,
      },
    );
  }
  for (const tabs of results.tabs ?? []) {
    const name = (what: string) => `tabs (${tabs.engine}): ${what}`;
    const short = tabs.runs.filter((run) => run.delivered !== tabs.messages || run.disorder !== 0);
    const after = tabs.afterFailover;
    const shortAfter = after.delivered.filter((count, i) => count !== after.messages || after.disorder[i] !== 0);
    checks.push(
      { kind: 'correctness', name: name('one server socket for every tab'), ok: tabs.serverSockets === 1, detail: `${tabs.serverSockets}` },
      {
        kind: 'correctness',
        name: name('every tab got every message once, in order'),
        ok: short.length === 0,
        detail: short.length ? short.map((run) => `tab ${run.tab}: ${run.delivered} of ${tabs.messages}, ${run.disorder} out of order`).join('; ') : `${tabs.runs.length} tabs x ${tabs.messages}`,
      },
      {
        kind: 'correctness',
        name: name('after the failover, one socket and every message in every tab'),
        ok: tabs.socketsAfterFailover === 1 && shortAfter.length === 0,
        detail: `${tabs.socketsAfterFailover} socket(s); ${after.delivered.join(', ')} of ${after.messages}`,
      },
      {
        kind: 'budget',
        name: name(`each follower within ${MAX_FOLLOWER_RATIO}x the leader's time`),
        ok: tabs.slowestFollowerRatio <= MAX_FOLLOWER_RATIO,
        detail: `slowest ${tabs.slowestFollowerRatio.toFixed(2)}x`,
      },
      { kind: 'budget', name: name(`failover within ${MAX_FAILOVER_MS} ms`), ok: tabs.failoverMs <= MAX_FAILOVER_MS, detail: `${tabs.failoverMs} ms` },
    );
  }
  if (results.size) {
    const failures = sizeFailures(results.size);
    checks.push({ kind: 'budget', name: 'size: gzip bundles within budget', ok: failures.length === 0, detail: failures.join('; ') || 'ok' });
  }
  return checks;
}

/** The checks that set the exit code: all of them, or only correctness in --smoke. */
export function failingChecks(checks: Check[], smoke: boolean): Check[] {
  return checks.filter((check) => !check.ok && (!smoke || check.kind === 'correctness'));
}
