// Serves React to the browser tests as ES modules. React ships CommonJS only, and
// browsers (and web-test-runner, which does not bundle) cannot import named
// exports from it. So, once per run, esbuild bundles react, react/jsx-runtime,
// react-dom and react-dom/client into ONE module (one React instance, as in an app
// build), and each bare specifier gets a small ESM facade re-exporting its names.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

export function reactEsmPlugin() {
  let vendor;
  const facades = new Map(Object.keys(ENTRIES).map((s) => [facadePath(s), s]));
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return source in ENTRIES ? facadePath(source) : undefined;
    },
    serve(context) {
      if (context.path === VENDOR_PATH) {
        vendor ??= bundleVendor();
        return vendor.then((body) => ({ body, type: 'js' }));
      }
      const specifier = facades.get(context.path);
      return specifier ? { body: facade(specifier), type: 'js' } : undefined;
    },
  };
}
