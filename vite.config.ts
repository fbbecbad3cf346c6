import { defineConfig } from 'vite';
import { streamspaceDemo } from './demo/vite-plugin.js';

// Two library passes: `--mode es` (Lit external, for bundlers) and `--mode iife`
// (Lit bundled, the drop-in <script>). Without a lib mode, `vite` serves the demo.
export default defineConfig(({ mode }) => {
  if (mode === 'es' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
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
              // Two entries, one shared chunk: a page importing both gets one StreamSpaceConnection class.
              entry: { 'streamspace-enterprise-ws': 'src/index.ts', connection: 'src/connection-entry.ts' },
              formats: ['es'],
              fileName: (_format, name) => `${name}.js`,
            },
        rollupOptions: {
          external: iife ? [] : [/^lit(\/|$)/, /^@lit\//],
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
