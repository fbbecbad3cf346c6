// `npm run test:engines`: the whole suite in Chromium, Firefox ESR and WebKitGTK, one engine
// after another, each through test/run.mjs; WebKit's Xvfb and WebKitWebDriver are started here
// and stopped after. Ends with "N passed, N failed" for the three engines together, summed
// from each run's own totals (test/runner/totals-reporter.mjs).
//   npm run test:engines -- --engine firefox --files 'test/sharing/**/*.test.ts'
// `--engine` may be repeated or comma-separated; every other argument goes to web-test-runner.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './runner/engine-browser.mjs';
import { startWebKitDriver } from '../scripts/webkit-driver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const totalsOf = (engine) => fileURLToPath(new URL(`../.wtr-cache/totals-${engine}.json`, import.meta.url));

const engines = [];
const passThrough = [];
for (let i = 2; i < process.argv.length; i += 1) {
  const arg = process.argv[i];
  if (arg === '--engine') engines.push(...process.argv[++i].split(','));
  else if (arg.startsWith('--engine=')) engines.push(...arg.slice('--engine='.length).split(','));
  else passThrough.push(arg);
}
const chosen = engines.length ? engines : ENGINES;
const unknown = chosen.filter((engine) => !ENGINES.includes(engine));
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}; choose from ${ENGINES.join(', ')}.`);
  process.exit(2);
}

const runSuite = (engine, env) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./run.mjs', import.meta.url)), ...passThrough], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env, TEST_ENGINE: engine },
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.once('exit', (code) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? 1);
    });
  });

const rows = [];
let status = 0;
for (const engine of chosen) {
  console.log(`\n== ${engine}`);
  rmSync(totalsOf(engine), { force: true });
  let code;
  if (engine === 'webkit') {
    let driver;
    try {
      driver = await startWebKitDriver();
    } catch (error) {
      console.error(`WebKit: ${error.message}`);
    }
    code = driver ? await runSuite(engine, { WEBKIT_DRIVER_PORT: String(driver.port) }) : 1;
    await driver?.stop();
  } else {
    code = await runSuite(engine, {});
  }
  const totals = existsSync(totalsOf(engine))
    ? JSON.parse(readFileSync(totalsOf(engine), 'utf8'))
    : { passed: 0, failed: 1, skipped: 0, failedFiles: ['(no results)'] };
  rows.push({ engine, ...totals });
  if (code !== 0 || totals.failed > 0) status = 1;
}

console.log('\n== engines');
for (const row of rows) {
  console.log(`${row.engine.padEnd(9)} ${row.passed} passed, ${row.skipped} skipped, ${row.failed} failed`);
  for (const file of row.failedFiles) console.log(`          failing: ${file}`);
}
const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed`);
process.exit(status);
