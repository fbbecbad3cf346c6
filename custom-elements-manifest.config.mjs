// Config for @custom-elements-manifest/analyzer (`npm run manifest`, part of `npm run build`).
// The manifest documents the two public elements for IDEs, Storybook and docs tools;
// test/manifest checks it against the real elements so it cannot drift.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points at custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
};
