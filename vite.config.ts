import { defineConfig } from 'vite';

// Two library passes: `--mode es` (Lit external, for bundlers) and `--mode iife`
// (Lit bundled, the drop-in <script>). Without a lib mode, `vite` serves the demo.
export default defineConfig(({ mode }) => {
  if (mode === 'es' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
      build: {
        emptyOutDir: !iife,
        target: 'es2021',
        minify: 'esbuild',
        lib: {
          entry: 'src/index.ts',
          name: 'StreamSpaceEnterpriseWs',
          formats: [iife ? 'iife' : 'es'],
          fileName: () => (iife ? 'streamspace-enterprise-ws.iife.js' : 'streamspace-enterprise-ws.js'),
        },
        rollupOptions: {
          external: iife ? [] : [/^lit(\/|$)/, /^@lit\//],
        },
      },
    };
  }
  return {};
});
