// Serves React to the browser tests as ES modules. React ships CommonJS only, and
// browsers (and web-test-runner, which does not bundle) cannot import named
// exports from it. So, once per run, esbuild bundles react, react/jsx-runtime,
// react-dom and react-dom/client into ONE module (one React instance, as in an app
// build), and each bare specifier gets a small ESM facade re-exporting its names.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/** Bare specifier -> the production CommonJS file whose exports it has. */
const ENTRIES = {
  react: 'react/cjs/react.production.js',
  'react/jsx-runtime': 'react/cjs/react-jsx-runtime.production.js',
  'react-dom': 'react-dom/cjs/react-dom.production.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.production.js',
};
const PREFIX = '/__react__/';
const VENDOR_PATH = `${PREFIX}vendor.js`;
const facadePath = (specifier) => `${PREFIX}${specifier.replace('/', '-')}.js`;

async function bundleVendor() {
  const specifiers = Object.keys(ENTRIES);
  const contents = [
    ...specifiers.map((s, i) => `import * as m${i} from '${s}';`),
    `export const modules = { ${specifiers.map((s, i) => `'${s}': m${i}`).join(', ')} };`,
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * The names a React production CommonJS file exports. Read from the source, not by
 * require(): loading React inside the test server would run it in Node. React's
 * production files assign every export as `exports.name = ...`.
 */
function exportNames(file) {
  const [name, ...rest] = file.split('/');
  const packageDir = dirname(require.resolve(`${name}/package.json`));
  const source = readFileSync(join(packageDir, ...rest), 'utf8');
  return [...new Set([...source.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1]))];
}

function facade(specifier) {
  const names = exportNames(ENTRIES[specifier]);
  return [
    `import { modules } from '${VENDOR_PATH}';`,
    `const m = modules['${specifier}'];`,
    'export default m.default ?? m;',
    ...names.map((n) => `export const ${n} = m.${n};`),
  ].join('\n');
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const HARNESS = /^\/__react-harness__\/(18|19)\.js$/;

/**
 * test/react/harness.tsx with the package's ./react entry (from source) and one React,
 * bundled into one module: React 19 from `react`, React 18 from the `react-18` and
 * `react-dom-18` aliases (a page cannot import both through bare specifiers). Development
 * builds, so StrictMode double-mounts as it does in an app under development.
 */
async function bundleHarness(version) {
  const alias = version === '18' ? { react: 'react-18', 'react-dom': 'react-dom-18' } : {};
  const result = await build({
    entryPoints: [join(root, 'test/react/harness.tsx')],
    bundle: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    tsconfig: join(root, 'test/frameworks/tsconfig.tsx.json'),
    conditions: ['production'],
    alias,
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [selfImport],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** `streamspace-enterprise-ws[/react]` from source, as the examples import it. */
const selfImport = {
  name: 'streamspace-self-import',
  setup(build) {
    build.onResolve({ filter: /^streamspace-enterprise-ws(\/react)?$/ }, ({ path }) => ({
      path: join(root, path.endsWith('/react') ? 'src/react/index.ts' : 'src/index.ts'),
    }));
  },
};

export function reactEsmPlugin() {
  let vendor;
  const harnesses = new Map();
  const facades = new Map(Object.keys(ENTRIES).map((s) => [facadePath(s), s]));
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return source in ENTRIES ? facadePath(source) : undefined;
    },
    serve(context) {
      const harness = HARNESS.exec(context.path);
      if (harness) {
        const version = harness[1];
        if (!harnesses.has(version)) harnesses.set(version, bundleHarness(version));
        return harnesses.get(version).then((body) => ({ body, type: 'js' }));
      }
      if (context.path === VENDOR_PATH) {
        vendor ??= bundleVendor();
        return vendor.then((body) => ({ body, type: 'js' }));
      }
      const specifier = facades.get(context.path);
      return specifier ? { body: facade(specifier), type: 'js' } : undefined;
    },
  };
}
