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
        lib: {
          entry: 'src/index.ts',
          name: 'StreamSpaceEnterpriseWs',
          formats: [iife ? 'iife' : 'es'],
          fileName: () => (iife ? 'streamspace-enterprise-ws.iife.js' : 'streamspace-enterprise-ws.js'),
        },
        rollupOptions: {
          external: iife ? [] : [/^lit(\/|$)/, /^@lit\//],
          // Vite leaves lib-mode ES output unminified; consumers' bundlers re-minify anyway, and
          // a CDN `import` of the file should be small too.
          output: { minify: !iife },
        },
      },
    };
  }
  // `npm start`: index.html and demo/embed.html, with the StreamSpace-like endpoint on the same port.
  return { plugins: [streamspaceDemo()] };
});
