// The harness bundle for one React version (see test/runner/react-esm-plugin.mjs).
export type Harness = typeof import('./harness.js');

export const loadHarness = (version: 18 | 19): Promise<Harness> =>
  import(/* @vite-ignore */ `/__react-harness__/${version}.js`) as Promise<Harness>;
