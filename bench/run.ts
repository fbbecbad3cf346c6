// `npm run bench`: the performance budgets of DESIGN.md, measured in headless Chromium
// against the project's StreamSpace-like endpoint on loopback. Markdown on stdout,
// progress on stderr, all numbers in bench/results/<timestamp>.json.
// Exit 1 when a budget (or, with --smoke, a correctness check) fails; 2 when it cannot run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { parseBenchArgs, USAGE, type BenchOptions } from './lib/args.js';
import type { BenchEndpoint } from './lib/bench-endpoint.js';
import { launchChromium } from './lib/browser.js';
import { MAX_THROUGHPUT_RATIO } from './lib/budgets.js';
import { evaluateChecks, failingChecks, type BenchResults } from './lib/checks.js';
import { startBenchEndpoint } from './lib/endpoint-adapter.js';
import { buildReadableIife } from './lib/profile-build.js';
import { selfTimeTable } from './lib/profile.js';
import { markdownReport } from './lib/report.js';
import { measureSizes, type SizeResult } from './lib/sizes.js';
import { startStaticServer, type StaticServer } from './lib/static-server.js';
import { runBurst } from './scenarios/burst.js';
import type { ScenarioContext } from './scenarios/context.js';
import { runLifecycle } from './scenarios/lifecycle.js';
import { profileElementRun } from './scenarios/profile.js';
import { pageLabel, runThroughput } from './scenarios/throughput.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const progress = (line: string) => console.error(`bench: ${line}`);

function mounts(dist: string): Record<string, string> {
  return {
    '/pages/': join(root, 'bench/pages'),
    '/dist/': dist,
    '/node_modules/partysocket/': join(root, 'node_modules/partysocket'),
  };
}

async function withScenario<T>(browser: Browser, dist: string, work: (scenario: ScenarioContext) => Promise<T>): Promise<T> {
  let server: StaticServer | undefined;
  let endpoint: BenchEndpoint | undefined;
  const context = await browser.newContext();
  try {
    server = await startStaticServer(mounts(dist));
    endpoint = await startBenchEndpoint(server.origin);
    const userId = 'bench-user';
    return await work({ context, endpoint, origin: server.origin, userId, token: await endpoint.token(userId) });
  } finally {
    await context.close();
    await endpoint?.close();
    await server?.close();
  }
}

/** CPU profile of one (a) batched run, with an unminified build so the names are the source's. */
async function profileElement(browser: Browser, options: BenchOptions): Promise<string> {
  progress('profiling (a) batched with an unminified build');
  const readableDist = await buildReadableIife(root);
  const rows = await withScenario(browser, readableDist, (scenario) => profileElementRun(scenario, options.messages));
  return `Profile: ${pageLabel('elementQuiet')}, batched, top self time (unminified build):\n\n${selfTimeTable(rows)}`;
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const withElement = options.pages.some((key) => key === 'elementQuiet' || key === 'elementToasts');
  const built = existsSync(join(distDir, 'streamspace-enterprise-ws.iife.js'));
  if (withElement && !built) {
    console.error('dist/streamspace-enterprise-ws.iife.js is missing: run npm run build first.');
    return 2;
  }

  const browser = await launchChromium();
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: platform(), node: process.version, chromium: browser.version() };
  const results: BenchResults = { messages: options.messages };
  const raw: Record<string, unknown> = {};
  const extras: string[] = [];
  try {
    await withScenario(browser, distDir, async (scenario) => {
      progress(`throughput: ${options.messages} messages x ${options.rounds} round(s), pages ${options.pages.join(', ')}`);
      const throughput = await runThroughput(scenario, {
        ...options,
        onRun: (run) => progress(`  round ${run.round + 1} ${run.mode} ${pageLabel(run.page)}: ${run.elapsedMs.toFixed(0)} ms, ${run.delivered} delivered`),
      });
      results.throughput = throughput.summary;
      raw.throughputRuns = throughput.runs;
      if (!withElement) return;
      progress(`burst: ${options.alerts} security alerts in one second`);
      results.burst = await runBurst(scenario, options.alerts);
      progress(`lifecycle: ${options.cycles} attach/detach cycles, ${options.messages} messages`);
      results.lifecycle = await runLifecycle(scenario, options.cycles, options.messages);
    });
    if (built) results.size = measureSizes(distDir) satisfies SizeResult[];
    const quiet = results.throughput?.filter((row) => row.page === 'elementQuiet') ?? [];
    const slow = quiet.some((row) => row.ratio > MAX_THROUGHPUT_RATIO);
    if (options.profile || (slow && !options.smoke)) extras.push(await profileElement(browser, options));
  } finally {
    await browser.close();
  }

  const checks = evaluateChecks(results);
  const machineLine = `${machine.cpu} (${machine.cores} cores), ${machine.platform}, Chromium ${machine.chromium}, Node ${machine.node}`;
  console.log(markdownReport(results, checks, { rounds: options.rounds, smoke: options.smoke, machine: machineLine }));
  for (const extra of extras) console.log(`\n${extra}`);

  const resultsDir = join(root, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const failing = failingChecks(checks, options.smoke);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, options, results, raw, checks, ok: failing.length === 0 }, null, 2)}\n`);
  console.error(`bench: results written to ${file}`);

  if (failing.length) {
    console.error(`\nBudget broken:\n  ${failing.map((check) => `${check.name}: ${check.detail}`).join('\n  ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
