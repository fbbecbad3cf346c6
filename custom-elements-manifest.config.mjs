// Config for @custom-elements-manifest/analyzer (`npm run manifest`, part of `npm run build`).
// The manifest documents the public elements for IDEs, Storybook and docs tools;
// test/manifest checks it against the real elements so it cannot drift.

/**
 * `<streamspace-enterprise-ws>` re-dispatches events under computed names (the message's
 * `type`, each lifecycle name); the analyzer lists such a call as a nameless event. The
 * names are documented with `@fires`, so the nameless entries are dropped.
 */
function dropNamelessEvents() {
  return {
    name: 'streamspace-drop-nameless-events',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    },
  };
}

/**
 * Elements are registered through `defineElement(tag, Class)` (a guarded
 * `customElements.define`, so loading the script twice does not throw), which the
 * analyzer does not know: give each such class its tag name.
 */
function defineElementCalls() {
  const tags = new Map(); // class name -> tag
  return {
    name: 'streamspace-define-element-calls',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor)) tags.set(ctor.text, tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (tag && declaration.kind === 'class') {
            declaration.customElement = true;
            declaration.tagName ??= tag;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points at custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [dropNamelessEvents(), defineElementCalls()],
};
