// Extra web-test-runner plugins for the framework, drop-in and manifest tests.
// test/web-test-runner.config.mjs spreads `frameworkPlugins` into its plugin list.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRollup } from '@web/dev-server-rollup';
import rollupReplace from '@rollup/plugin-replace';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactEsmPlugin } from './react-esm-plugin.mjs';
import { vueSfcPlugin } from './vue-sfc-plugin.mjs';
import { dropInScriptPlugin } from './drop-in-script-plugin.mjs';
import { sameOriginEndpointPlugin } from './same-origin-endpoint-plugin.mjs';
import { manifestPlugin } from './manifest-plugin.mjs';

const replace = fromRollup(rollupReplace);

/** Lets the examples import the package by its published name, served from source. */
function packageSelfImport() {
  return {
    name: 'streamspace-self-import',
    resolveImport({ source }) {
      if (source === 'streamspace-enterprise-ws') return '/src/index.ts';
      return undefined;
    },
  };
}

/**
 * `/__raw__/<path>.txt`: README.md and demo/frameworks files as written, for the test that
 * the README quotes the examples the tests run. The `.txt` suffix keeps the TypeScript and
 * Vue transforms (chosen by extension) away from them.
 */
function rawSource() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return {
    name: 'streamspace-raw-source',
    async serve(context) {
      if (!context.path.startsWith('/__raw__/') || !context.path.endsWith('.txt')) return undefined;
      const path = context.path.slice('/__raw__/'.length, -'.txt'.length);
      if (path.includes('..')) return undefined;
      if (path !== 'README.md' && !/^demo\/frameworks\/[\w./-]+$/.test(path)) return undefined;
      return { body: await readFile(join(root, path), 'utf8'), type: 'text/plain' };
    },
  };
}

export const frameworkPlugins = [
  packageSelfImport(),
  reactEsmPlugin(),
  // Vue's bundler build reads process.env.NODE_ENV and feature flags a bundler defines.
  replace({
    include: ['**/node_modules/{vue,@vue}/**'],
    preventAssignment: true,
    values: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  }),
  // JSX with React's automatic runtime, like a Vite or Next project.
  esbuildPlugin({
    tsx: true,
    tsconfig: fileURLToPath(new URL('../frameworks/tsconfig.tsx.json', import.meta.url)),
  }),
  vueSfcPlugin(),
  dropInScriptPlugin(),
  sameOriginEndpointPlugin(),
  manifestPlugin(),
  rawSource(),
];
