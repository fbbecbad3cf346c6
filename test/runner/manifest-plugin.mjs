// Serves /__manifest__/custom-elements.json: the manifest the analyzer makes from the
// current source with the project's config (the same one `npm run manifest` writes),
// so the manifest test compares this checkout's elements with this checkout's manifest.
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const MANIFEST_PATH = '/__manifest__/custom-elements.json';
const root = fileURLToPath(new URL('../..', import.meta.url));

export function manifestPlugin() {
  return {
    name: 'streamspace-manifest',
    async serve(context) {
      if (context.path !== MANIFEST_PATH) return undefined;
      const manifest = await cli({
        argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
        cwd: root,
        noWrite: true,
      });
      return { body: JSON.stringify(manifest), type: 'json' };
    },
  };
}
