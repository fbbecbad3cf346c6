// Extra web-test-runner plugins for the framework, drop-in, manifest and docs tests.
// test/web-test-runner.config.mjs spreads `frameworkPlugins` into its plugin list.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRollup } from '@web/dev-server-rollup';
import rollupReplace from '@rollup/plugin-replace';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactEsmPlugin } from './react-esm-plugin.mjs';
import { reactSsrCommandPlugin } from './react-ssr-command.mjs';
import { tagTypingsCommandPlugin } from './tag-typings-command.mjs';
import { vueSfcPlugin } from './vue-sfc-plugin.mjs';
import { dropInScriptPlugin } from './drop-in-script-plugin.mjs';
import { sameOriginEndpointPlugin } from './same-origin-endpoint-plugin.mjs';
import { manifestPlugin } from './manifest-plugin.mjs';
import { folderGraph, layers } from '../../scripts/folder-graph.mjs';

const replace = fromRollup(rollupReplace);

/** Lets the examples import the package by its published name, served from source. */
function packageSelfImport() {
  return {
    name: 'streamspace-self-import',
    resolveImport({ source }) {
      if (source === 'streamspace-enterprise-ws') return '/src/index.ts';
      if (source === 'streamspace-enterprise-ws/react') return '/src/react/index.ts';
      return undefined;
    },
  };
}

/** Files the docs tests may read as written: the pages, and what the pages quote. */
const RAW_FILES = [/^README\.md$/, /^docs\/[\w.-]+\.md$/, /^demo\/frameworks\/[\w./-]+$/, /^test\/package\/consumer\.ts$/];

/**
 * For the tests that keep README.md and docs/*.md honest (test/docs, test/manifest/docs-api,
 * test/frameworks/docs-examples):
 * - `/__raw__/<path>.txt`: a page, a demo/frameworks example or test/package/consumer.ts as
 *   written. The `.txt` suffix keeps the TypeScript and Vue transforms (chosen by extension)
 *   away from them.
 * - `/__docs__/pages.json`: README.md and every docs/*.md.
 * - `/__docs__/exists?path=<repository path>`: `{exists}`, for the links test (a browser
 *   cannot ask the file system, and a GET through the dev server would transform the file).
 * - `/__src__/folder-graph.json`: which folder of src/ imports which (scripts/folder-graph.mjs).
 */
function docsSource() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const inRepo = (path) => {
    const normal = posix.normalize(path);
    return normal.startsWith('..') || posix.isAbsolute(normal) ? undefined : normal;
  };
  return {
    name: 'streamspace-docs-source',
    async serve(context) {
      if (context.path.startsWith('/__raw__/') && context.path.endsWith('.txt')) {
        const path = inRepo(decodeURIComponent(context.path.slice('/__raw__/'.length, -'.txt'.length)));
        if (!path || !RAW_FILES.some((pattern) => pattern.test(path))) return undefined;
        if (!existsSync(join(root, path))) return undefined;
        return { body: await readFile(join(root, path), 'utf8'), type: 'text/plain' };
      }
      if (context.path === '/__docs__/pages.json') {
        const docs = (await readdir(join(root, 'docs'))).filter((name) => name.endsWith('.md')).sort();
        return { body: JSON.stringify(['README.md', ...docs.map((name) => `docs/${name}`)]), type: 'json' };
      }
      if (context.path === '/__src__/folder-graph.json') {
        const graph = folderGraph(join(root, 'src'));
        return { body: JSON.stringify({ ...graph, ...layers(graph.edges) }), type: 'json' };
      }
      if (context.path === '/__docs__/exists') {
        const path = inRepo(context.URL.searchParams.get('path') ?? '');
        return { body: JSON.stringify({ exists: path !== undefined && existsSync(join(root, path)) }), type: 'json' };
      }
      return undefined;
    },
  };
}

export const frameworkPlugins = [
  packageSelfImport(),
  reactEsmPlugin(),
  reactSsrCommandPlugin(),
  tagTypingsCommandPlugin(),
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
  docsSource(),
];
