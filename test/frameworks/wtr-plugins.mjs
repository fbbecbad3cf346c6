// Extra web-test-runner plugins for the framework, drop-in and manifest tests.
// test/web-test-runner.config.mjs spreads `frameworkPlugins` into its plugin list.
import { fileURLToPath } from 'node:url';
import { fromRollup } from '@web/dev-server-rollup';
import rollupReplace from '@rollup/plugin-replace';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactEsmPlugin } from './react-esm-plugin.mjs';
import { vueSfcPlugin } from './vue-sfc-plugin.mjs';
import { dropInScriptPlugin } from './drop-in-script-plugin.mjs';
import { sameOriginEndpointPlugin } from './same-origin-endpoint-plugin.mjs';
import { manifestPlugin } from '../manifest/manifest-plugin.mjs';

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
    tsconfig: fileURLToPath(new URL('./tsconfig.tsx.json', import.meta.url)),
  }),
  vueSfcPlugin(),
  dropInScriptPlugin(),
  sameOriginEndpointPlugin(),
  manifestPlugin(),
];
