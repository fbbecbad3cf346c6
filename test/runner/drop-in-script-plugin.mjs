// Serves /dist/streamspace-enterprise-ws.iife.js built from the current source with
// the project's own Vite config (`--mode iife`, as `npm run build` does), so the
// plain-HTML example is tested against this checkout, never a stale or missing dist/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DROP_IN_PATH = '/dist/streamspace-enterprise-ws.iife.js';

async function buildDropInScript() {
  const result = await build({
    root,
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    mode: 'iife',
    logLevel: 'warn',
    build: { write: false, emptyOutDir: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error('The IIFE build produced no entry chunk.');
  return chunk.code;
}

export function dropInScriptPlugin() {
  let bundle;
  return {
    name: 'streamspace-drop-in-script',
    serve(context) {
      if (context.path !== DROP_IN_PATH) return undefined;
      bundle ??= buildDropInScript();
      return bundle.then((body) => ({ body, type: 'js' }));
    },
  };
}
