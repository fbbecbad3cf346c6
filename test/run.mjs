// `npm test`: finds a browser, runs web-test-runner, and ends with "N passed, N failed".
// Extra arguments go to web-test-runner, e.g. `npm test -- --files 'test/protocol/**/*.test.ts'`.
// TEST_ENGINE=firefox|webkit runs another engine (test/engines.mjs sets it, and starts what
// WebKit needs); Chromium by default.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrowser, NO_BROWSER_MESSAGE } from '../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const engine = process.env.TEST_ENGINE || 'chromium';
const totalsFile = fileURLToPath(new URL(`../.wtr-cache/totals-${engine}.json`, import.meta.url));

const env = {
  ...process.env,
  // The config imports the TypeScript endpoint module (demo/server).
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim(),
};
if (engine === 'chromium') {
  const browser = findBrowser();
  if (!browser) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(2);
  }
  env.CHROME_PATH = browser;
}

rmSync(totalsFile, { force: true });
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const result = spawnSync(process.execPath, [wtr, '--config', 'test/runner/web-test-runner.config.mjs', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env,
});

if (!existsSync(totalsFile)) {
  console.error('web-test-runner ended without results.');
  console.log('0 passed, 1 failed');
  process.exit(result.status || 1);
}
const totals = JSON.parse(readFileSync(totalsFile, 'utf8'));
if (totals.failedFiles.length) console.error(`Failing files:\n  ${totals.failedFiles.join('\n  ')}`);
const code = result.status ?? 1;
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(code !== 0 ? code : totals.failed > 0 ? 1 : 0);
