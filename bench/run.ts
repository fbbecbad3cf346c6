// `npm run bench`: the performance budgets of DESIGN.md, measured in headless Chromium
// against the project's StreamSpace-like endpoint on loopback. Markdown on stdout,
// progress on stderr, all numbers in bench/results/<timestamp>.json.
// Exit 1 when a check fails (in --smoke: only correctness checks); 2 when it cannot run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { parseBenchArgs, USAGE, type BenchOptions } from './lib/args.js';
import type { BenchEndpoint } from './lib/bench-endpoint.js';
import { launchChromium } from './lib/browser.js';
import { findFirefox, launchFirefox } from './lib/firefox.js';
import type { BenchPage, PageOpener } from './lib/pages.js';
import { CENTER_ENTRIES, MAX_THROUGHPUT_RATIO, MAX_TOAST_THROUGHPUT_RATIO, IIFE_FILE } from './lib/budgets.js';
import { evaluateChecks, failingChecks, type BenchResults } from './lib/checks.js';
import { snapshotDist } from './lib/dist-snapshot.js';
import { startBenchEndpoint } from './lib/endpoint-adapter.js';
import { buildReadableIife, moduleOfLine } from './lib/profile-build.js';
import type { SelfTime } from './lib/profile.js';
import { markdownReport } from './lib/report.js';
import { measureSizes, packageExports } from './lib/sizes.js';
import { startStaticServer, type StaticServer } from './lib/static-server.js';
import { runBurst } from './scenarios/burst.js';
import { runCenter } from './scenarios/center.js';
import type { ScenarioContext } from './scenarios/context.js';
import { runLifecycle } from './scenarios/lifecycle.js';
import { runTabs, type TabsResult } from './scenarios/tabs.js';
import { profileRun } from './scenarios/profile.js';
import { pageLabel, runThroughput } from './scenarios/throughput.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const progress = (line: string) => console.error(`bench: ${line}`);

/** A browser context (`open`, closed by `close`), the endpoint and the page server, for the length of `work`. */
async function withContext<C extends PageOpener<BenchPage>, T>(
  open: () => Promise<C>,
  close: (context: C) => Promise<void>,
  distDir: string,
  work: (scenario: Omit<ScenarioContext, 'context'> & { context: C }) => Promise<T>,
): Promise<T> {
  let server: StaticServer | undefined;
  let endpoint: BenchEndpoint | undefined;
  const context = await open();
  try {
    server = await startStaticServer({
      '/pages/': join(root, 'bench/pages'),
      '/dist/': distDir,
      '/node_modules/partysocket/': join(root, 'node_modules/partysocket'),
    });
    endpoint = await startBenchEndpoint(server.origin);
    const userId = 'bench-user';
    return await work({ context, endpoint, origin: server.origin, userId, token: await endpoint.token(userId) });
  } finally {
    await close(context);
    await endpoint?.close();
    await server?.close();
  }
}

/** The same in a Chromium context (playwright). */
const withScenario = <T>(browser: Browser, distDir: string, work: (scenario: ScenarioContext) => Promise<T>): Promise<T> =>
  withContext(() => browser.newContext(), (context) => context.close(), distDir, work);

/** The tabs scenario in Firefox, for its failover figure (the other budgets are Chromium's). */
async function tabsInFirefox(distDir: string, options: BenchOptions): Promise<TabsResult | undefined> {
  const executable = findFirefox();
  if (!executable) {
    progress('tabs in Firefox: no Firefox found (FIREFOX_PATH, /usr/bin/firefox-esr); left out');
    return undefined;
  }
  progress(`tabs in Firefox: ${options.tabs} tabs of one user, ${options.messages} messages x ${options.rounds} round(s), then the leader closes`);
  const firefox = await launchFirefox(executable);
  try {
    return await withContext(
      () => firefox.createBrowserContext(),
      (context) => context.close(),
      distDir,
      (scenario) => runTabs(scenario, 'Firefox', options.tabs, options.messages, options.rounds),
    );
  } finally {
    await firefox.close();
  }
}

/** Runs a scenario; a crash becomes an entry in `errors` (a failed check) instead of ending the bench. */
async function attempt<T>(name: string, errors: string[], work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const message = `${name}: ${(error as Error).message.split('\n')[0]}`;
    progress(`  FAILED ${message}`);
    errors.push(message);
    return undefined;
  }
}

async function measure(browser: Browser, distDir: string, options: BenchOptions, withElement: boolean): Promise<BenchResults> {
  const results: BenchResults = { messages: options.messages, errors: [] };
  await withScenario(browser, distDir, async (scenario) => {
    if (options.scenarios.includes('throughput')) {
      progress(`throughput: ${options.messages} messages x ${options.rounds} round(s), pages ${options.pages.join(', ')}`);
      const throughput = await runThroughput(scenario, {
        ...options,
        onRun: (run) =>
          progress(
            `  round ${run.round + 1} ${run.mode} ${pageLabel(run.page)}: ` +
              (run.error ? `FAILED ${run.error}` : `${run.elapsedMs.toFixed(0)} ms, ${run.delivered} delivered`),
          ),
      });
      results.throughput = throughput.summary;
      results.throughputRuns = throughput.runs;
    }
    if (!withElement) return;
    if (options.scenarios.includes('burst')) {
      progress(`burst: ${options.alerts} security alerts in one second`);
      results.burst = await attempt('burst', results.errors, () => runBurst(scenario, options.alerts));
    }
    if (options.scenarios.includes('center')) {
      progress(`center: ${CENTER_ENTRIES} entries, the panel opened, then ${options.alerts} security alerts in one second`);
      results.center = await attempt('center', results.errors, () => runCenter(scenario, options.alerts));
    }
    if (options.scenarios.includes('lifecycle')) {
      progress(`lifecycle: ${options.cycles} attach/detach cycles, ${options.messages} messages`);
      results.lifecycle = await attempt('lifecycle', results.errors, () => runLifecycle(scenario, options.cycles, options.messages));
    }
    if (options.scenarios.includes('tabs')) {
      progress(`tabs: ${options.tabs} tabs of one user, ${options.messages} messages x ${options.rounds} round(s), then the leader closes`);
      const chromium = await attempt('tabs', results.errors, () => runTabs(scenario, 'Chromium', options.tabs, options.messages, options.rounds));
      if (chromium) results.tabs = [chromium];
    }
  });
  return results;
}

/** CPU profiles of one batched run of each element page, unminified so the names are the source's. */
async function profileElement(browser: Browser, options: BenchOptions): Promise<Record<string, SelfTime[]>> {
  progress('profiling (a), (b) and (e), batched, with an unminified build');
  const readableDist = await buildReadableIife(root);
  const bundle = join(readableDist, IIFE_FILE);
  const moduleAt = moduleOfLine(bundle);
  const resolve = (url: string, line: number) => (url.endsWith(IIFE_FILE) ? moduleAt(line) : undefined);
  try {
    return await withScenario(browser, readableDist, async (scenario) => ({
      elementQuiet: await profileRun(scenario, 'elementQuiet', options.messages, resolve),
      elementToasts: await profileRun(scenario, 'elementToasts', options.messages, resolve),
      elementCenter: await profileRun(scenario, 'elementCenter', options.messages, resolve),
    }));
  } finally {
    rmSync(readableDist, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const withElement = options.pages.some((key) => key === 'elementQuiet' || key === 'elementToasts' || key === 'elementCenter');
  const dist = snapshotDist(join(root, 'dist'));
  if (withElement && !dist) {
    console.error('dist/ has no built bundles: run npm run build first.');
    return 2;
  }

  const browser = await launchChromium();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    platform: platform(),
    node: process.version,
    chromium: browser.version(),
    /** 1-minute load average at start: on a busy machine every number is noisier. */
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
  let results: BenchResults;
  try {
    results = await measure(browser, dist?.dir ?? join(root, 'dist'), options, withElement);
    if (withElement && options.scenarios.includes('tabs')) {
      const firefox = await attempt('tabs in Firefox', results.errors, () => tabsInFirefox(dist?.dir ?? join(root, 'dist'), options));
      if (firefox) results.tabs = [...(results.tabs ?? []), firefox];
    }
    if (dist) results.size = measureSizes(dist.dir, packageExports(root));
    const slow = results.throughput?.some(
      (row) => row.ratio > (row.page === 'elementQuiet' ? MAX_THROUGHPUT_RATIO : row.page.startsWith('element') ? MAX_TOAST_THROUGHPUT_RATIO : Infinity),
    );
    if (withElement && (options.profile || (slow && !options.smoke))) {
      results.profiles = await attempt('profile', results.errors, () => profileElement(browser, options));
    }
  } finally {
    await browser.close();
    dist?.remove();
  }

  const checks = evaluateChecks(results);
  const machineLine = `${machine.cpu} (${machine.cores} cores), ${machine.platform}, Chromium ${machine.chromium}, Node ${machine.node}, load average ${machine.loadAverage} at start`;
  console.log(markdownReport(results, checks, { rounds: options.rounds, smoke: options.smoke, machine: machineLine }));

  const failing = failingChecks(checks, options.smoke);
  const resultsDir = join(root, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const json = { date: new Date().toISOString(), machine, options, results, checks, ok: failing.length === 0 };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  progress(`results written to ${file}`);

  if (failing.length) {
    console.error(`\nBudget broken:\n  ${failing.map((check) => `${check.name}: ${check.detail}`).join('\n  ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
