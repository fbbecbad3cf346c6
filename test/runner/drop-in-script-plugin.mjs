// Serves /dist/streamspace-enterprise-ws.iife.js and the translations' drop-in scripts
// (/dist/translations/<code>.js) built from the current source with the project's own Vite
// config (`--mode iife`, as `npm run build` does), so the drop-in pages are tested against
// this checkout, never a stale or missing dist/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DROP_IN_PATH = '/dist/streamspace-enterprise-ws.iife.js';
const TRANSLATION_PATH = /^\/dist\/(translations\/[\w-]+\.js)$/;

/** Every file of the IIFE build by path under /dist/ (the entry chunk and the translations). */
async function buildDropInScripts() {
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
  const files = new Map([[DROP_IN_PATH, chunk.code]]);
  for (const output of outputs) {
    if (output.type === 'asset' && output.fileName.startsWith('translations/')) files.set(`/dist/${output.fileName}`, String(output.source));
  }
  return files;
}

export function dropInScriptPlugin() {
  let bundle;
  return {
    name: 'streamspace-drop-in-script',
    serve(context) {
      if (context.path !== DROP_IN_PATH && !TRANSLATION_PATH.test(context.path)) return undefined;
      bundle ??= buildDropInScripts();
      return bundle.then((files) => {
        const body = files.get(context.path);
        return body === undefined ? undefined : { body, type: 'js' };
      });
    },
  };
}
