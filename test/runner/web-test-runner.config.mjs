import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { currentEngine, engineBrowser } from './engine-browser.mjs';
import { freePort } from '../../scripts/free-port.mjs';
import { totalsReporter } from './totals-reporter.mjs';
import { endpointCommandsPlugin } from './endpoint-commands.ts';
import { tabCommandsPlugin } from './tab-commands.ts';
import { frameworkPlugins } from './wtr-plugins.mjs';
import { cspGroup } from './csp-group.mjs';

const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));


export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: ['test/**/*.test.ts', `!${cspGroup.files}`],
  // Pages with their own HTML: a strict Content-Security-Policy with Trusted Types.
  groups: [cspGroup],
  // Production exports keep Lit's dev-mode banner out of every test's log.
  nodeResolve: { exportConditions: ['production'] },
  port: Number(process.env.WTR_PORT) || (await freePort()),
  // One page at a time: pages share the origin's localStorage, and its `storage` events
  // (how a token arrives from another tab) would cross between test files.
  concurrency: Number(process.env.WTR_CONCURRENCY) || 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // a11ySnapshot: tests read accessible names as Chromium computes them. tabCommands: real tabs
  // beside the test page (test/sharing/).
  plugins: [esbuildPlugin({ ts: true, tsconfig }), endpointCommandsPlugin(), tabCommandsPlugin(), a11ySnapshotPlugin(), ...frameworkPlugins],
  // Chromium unless TEST_ENGINE says firefox or webkit (test/engines.mjs).
  browsers: [await engineBrowser()],
  reporters: [
    defaultReporter(),
    totalsReporter({ file: fileURLToPath(new URL(`../../.wtr-cache/totals-${currentEngine()}.json`, import.meta.url)) }),
  ],
};
