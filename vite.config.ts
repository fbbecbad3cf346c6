import { build, defineConfig, type Plugin } from 'vite';
import { minify as terserMinify } from 'terser';
import { streamspaceDemo } from './demo/vite-plugin.js';

/** The shipped translations (src/translations/<code>.ts). */
export const TRANSLATIONS = ['de', 'fr', 'es', 'ja', 'pt-BR', 'ar'];

/**
 * Lit `css` templates shipped without comments and layout whitespace: only the static parts
 * between `${}` change, and only where CSS ignores whitespace (runs of it, and around `{};,`
 * and `>`), so the styles parse the same.
 */
export function minifyCss(): Plugin {
  return {
    name: 'streamspace-minify-css',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_m, body: string) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        const min = parts
          .map((part, i) =>
            i % 2
              ? part
              : part
                  .replace(/\/\*[\s\S]*?\*\//g, '')
                  .replace(/\s+/g, ' ')
                  .replace(/ ?([{};,>]) ?/g, '$1')
                  .replace(/;}/g, '}'),
          )
          .join('');
        return `css`+'`'+`${min.trim()}`+'`';
      });
      return { code: out, map: null };
    },
  };
}

/**
 * Terser over every output chunk, after the bundler's own minifier (generateBundle: in
 * renderChunk oxc would minify terser's output again and undo half the gain): its extra
 * compress passes save about 1.2% of the drop-in script (DESIGN.md's size budgets). Vite skips
 * `minify: 'terser'` for lib-mode ES output, hence a plugin. ES output keeps module semantics.
 */
export function terser(): Plugin {
  return {
    name: 'streamspace-terser',
    apply: 'build',
    enforce: 'post',
    async generateBundle(options, bundle) {
      const module = options.format === 'es';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await terserMinify(chunk.code, {
          module,
          ecma: 2020,
          compress: { passes: 3, ecma: 2020, module },
          format: { comments: false },
        });
        chunk.code = result.code!;
      }
    },
  };
}

/**
 * With the drop-in script: one drop-in script per translation, `dist/translations/<code>.js`,
 * emitted into the same build (so a `write: false` build, the tests', holds them too). Each
 * registers itself through the drop-in script's global (`StreamSpaceEnterpriseWs`), so it
 * carries its strings only: the registry and the plural helper are the global's. An IIFE build
 * takes one entry, hence a build per translation.
 */
function translationScripts(): Plugin {
  return {
    name: 'streamspace-translation-scripts',
    apply: 'build',
    async generateBundle() {
      for (const code of TRANSLATIONS) {
        // The entry only imports the translation (which registers itself): no export, so no global of its own.
        const entry = `\0drop-in-${code}`;
        const result = await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [
            terser(),
            {
              name: 'streamspace-translation-entry',
              resolveId: (id) => (id === entry ? id : null),
              load: (id) => (id === entry ? `import ${JSON.stringify(`${process.cwd()}/src/translations/${code}.ts`)};` : null),
            },
          ],
          build: {
            write: false,
            target: 'es2022',
            minify: 'esbuild',
            rollupOptions: {
              input: entry,
              external: (id) => /[\\/]i18n[\\/](registry|plural)(\.[jt]s)?$/.test(id),
              output: { format: 'iife', globals: () => 'StreamSpaceEnterpriseWs' },
            },
          },
        });
        const outputs = ([] as unknown[]).concat(result) as { output: { type: string; code?: string }[] }[];
        const chunk = outputs.flatMap((r) => r.output).find((o) => o.type === 'chunk');
        this.emitFile({ type: 'asset', fileName: `translations/${code}.js`, source: chunk!.code! });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'es' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
      plugins: iife ? [minifyCss(), translationScripts(), terser()] : [minifyCss(), terser()],
      build: {
        emptyOutDir: !iife,
        // Private class fields (#x) are ES2022; lowering them would add WeakMap helpers.
        target: 'es2022',
        minify: 'esbuild',
        lib: iife
          ? {
              entry: 'src/index.ts',
              name: 'StreamSpaceEnterpriseWs',
              formats: ['iife'],
              fileName: () => 'streamspace-enterprise-ws.iife.js',
            }
          : {
              // Entries share chunks: a page importing several gets one StreamSpaceConnection class,
              // one set of elements and one translation registry. `./react` is not in the IIFE.
              entry: {
                'streamspace-enterprise-ws': 'src/index.ts',
                connection: 'src/connection-entry.ts',
                react: 'src/react/index.ts',
                ...Object.fromEntries(TRANSLATIONS.map((code) => [`translations/module/${code}`, `src/translations/${code}.ts`])),
              },
              formats: ['es'],
              fileName: (_format, name) => `${name}.js`,
            },
        rollupOptions: {
          external: iife ? [] : [/^lit(\/|$)/, /^@lit\//, /^react(-dom)?(\/|$)/],
          // Vite leaves lib-mode ES output unminified; consumers' bundlers re-minify anyway, and
          // a CDN `import` of the file should be small too.
          output: { minify: !iife, chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  // `npm start`: index.html and demo/embed.html, with the StreamSpace-like endpoint on the same port.
  return { plugins: [streamspaceDemo()] };
});
