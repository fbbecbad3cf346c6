// Compiles `.vue` single-file components for the browser tests, the way
// @vitejs/plugin-vue does in a Vite app, with the same `isCustomElement` option
// docs/frameworks.md tells Vue users to set.
import { createHash } from 'node:crypto';
import { parse, compileScript } from 'vue/compiler-sfc';
import { transform } from 'esbuild';
import { isCustomElement } from '../../demo/frameworks/vue/custom-elements.ts';

export function vueSfcPlugin() {
  return {
    name: 'vue-sfc',
    resolveMimeType(context) {
      return context.path.endsWith('.vue') ? 'js' : undefined;
    },
    async transform(context) {
      if (!context.path.endsWith('.vue')) return undefined;
      const filename = context.path;
      const { descriptor, errors } = parse(context.body, { filename });
      if (errors.length) throw errors[0];
      const script = compileScript(descriptor, {
        id: createHash('sha256').update(filename).digest('hex').slice(0, 8),
        inlineTemplate: true,
        isProd: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      const { code } = await transform(script.content, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: filename,
      });
      return { body: code };
    },
  };
}
