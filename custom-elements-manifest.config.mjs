// Config for @custom-elements-manifest/analyzer (`npm run manifest`, part of `npm run build`).
// The manifest documents the two public elements for IDEs, Storybook and docs tools;
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
 * The Lit plugin hides methods named like Lit's lifecycle (`update`, `render`, ...).
 * `<streamspace-toast-stack>` overloads `update(id, patch)` as public API (DESIGN.md), so a
 * public overload signature (one without `@internal`) of such a method is put back.
 */
function keepPublicLifecycleOverloads() {
  const LIT_LIFECYCLE = new Set(['update', 'render', 'updated', 'firstUpdated', 'willUpdate']);
  const kept = new Map(); // class name -> manifest method entries
  return {
    name: 'streamspace-keep-public-lifecycle-overloads',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || member.body || !LIT_LIFECYCLE.has(member.name.getText())) continue;
        const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
        if (docs.some((doc) => doc.tags?.some((tag) => tag.tagName.text === 'internal'))) continue;
        const description = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join('\n').trim();
        const entries = kept.get(node.name.text) ?? [];
        entries.push({
          kind: 'method',
          name: member.name.getText(),
          ...(description ? { description } : {}),
          parameters: member.parameters.map((p) => ({
            name: p.name.getText(),
            ...(p.type ? { type: { text: p.type.getText() } } : {}),
            ...(p.questionToken ? { optional: true } : {}),
          })),
          ...(member.type ? { return: { type: { text: member.type.getText() } } } : {}),
        });
        kept.set(node.name.text, entries);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const entries = kept.get(declaration.name);
        if (!entries) continue;
        declaration.members = declaration.members ?? [];
        for (const entry of entries) {
          if (!declaration.members.some((m) => m.kind === 'method' && m.name === entry.name)) {
            declaration.members.push(entry);
          }
        }
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
  plugins: [dropNamelessEvents(), keepPublicLifecycleOverloads(), defineElementCalls()],
};
