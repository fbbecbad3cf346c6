// web-test-runner server command `streamspace-tag-typings`: the prop names the published tag
// typings (src/jsx/react.ts, src/jsx/vue.ts) give each tag, read by TypeScript's checker, so
// test/jsx/typings-manifest.test.ts can compare them with custom-elements.json in the browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The types as a consumer meets them: React's JSX.IntrinsicElements and Vue's GlobalComponents.
const PROBE = `import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type {} from '../src/jsx/react.js';
import type {} from '../src/jsx/vue.js';
type Tag = Extract<keyof JSX.IntrinsicElements, \`streamspace-\${string}\`>;
export type ReactTags = { [T in Tag]-?: Required<JSX.IntrinsicElements[T]> };
type VueTag = Extract<keyof GlobalComponents, \`streamspace-\${string}\`>;
export type VueTags = { [T in VueTag]-?: Required<InstanceType<GlobalComponents[T]>['$props']> };
`;

/** `{react: {tag: props}, vue: {tag: props}}`. */
export function tagTypings() {
  const dir = join(root, '.wtr-cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'tag-typings-probe.ts');
  writeFileSync(file, PROBE);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    experimentalDecorators: true,
    useDefineForClassFields: false,
    types: [],
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file))).filter((s) => s.flags & ts.SymbolFlags.TypeAlias);
  const table = (name) => {
    const type = checker.getDeclaredTypeOfSymbol(exports.find((s) => s.name === name));
    return Object.fromEntries(
      checker.getPropertiesOfType(type).map((tag) => [tag.name, checker.getPropertiesOfType(checker.getTypeOfSymbol(tag)).map((p) => p.name)]),
    );
  };
  return { errors, react: table('ReactTags'), vue: table('VueTags') };
}

export function tagTypingsCommandPlugin() {
  return {
    name: 'streamspace-tag-typings',
    async executeCommand({ command }) {
      return command === 'streamspace-tag-typings' ? tagTypings() : undefined;
    },
  };
}
