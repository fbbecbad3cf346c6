// web-test-runner server command `streamspace-react-ssr` ({version: 18 | 19}): renders
// test/react/server/render.mjs in a child Node process (no DOM, as a server would) and
// returns its `{version, html, bare}`, so the server-rendering test counts in the totals.
// React 19 runs the script as it is; for React 18 esbuild bundles it with `react` and
// `react-dom` aliased to `react-18` and `react-dom-18` (Lit stays external, loaded by Node).
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'test/react/server/render.mjs');

async function scriptFor(version) {
  if (version === 19) return script;
  const outfile = join(root, '.wtr-cache/react-18-server-render.mjs');
  mkdirSync(join(root, '.wtr-cache'), { recursive: true });
  await build({
    entryPoints: [script],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    alias: { react: 'react-18', 'react-dom': 'react-dom-18' },
    external: ['lit', 'lit/*', '@lit/*'],
    // React 18's CommonJS files call require(); give the ES bundle one.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

export function reactSsrCommandPlugin() {
  return {
    name: 'streamspace-react-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'streamspace-react-ssr') return undefined;
      const file = await scriptFor(payload.version);
      // NODE_OPTIONS cleared: the runner's `--import tsx` is not what a server would run with.
      const { stdout } = await promisify(execFile)(process.execPath, [file], {
        cwd: root,
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      return JSON.parse(stdout);
    },
  };
}
