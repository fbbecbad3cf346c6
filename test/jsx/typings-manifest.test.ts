// The published tag typings (`./jsx/react`, `./jsx/vue`, also in `./react`) against
// custom-elements.json: every element, every attribute (as its property) and every event of the
// manifest must be a typed prop of the tag in React's JSX.IntrinsicElements and in Vue's
// GlobalComponents. TypeScript's checker lists the props (test/runner/tag-typings-command.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string }[];
}
interface Typings {
  errors: string[];
  react: Record<string, string[]>;
  vue: Record<string, string[]>;
}

const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/__manifest__/custom-elements.json')).json();
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('streamspace-'));

/** `streamspace-toast-show` → `StreamspaceToastShow`, as src/jsx/vue.ts names event props. */
const vueEvent = (name: string) => `on${name.split('-').map((part) => part[0]!.toUpperCase() + part.slice(1)).join('')}`;

/** What the manifest says a tag's typings must hold, each as the framework names it. */
const expected = (element: Declaration, event: (name: string) => string) => [
  ...(element.attributes ?? []).map((attribute) => attribute.fieldName ?? attribute.name),
  ...(element.events ?? []).map((e) => event(e.name)),
];

/** The manifest's names a tag's typed props lack. */
const missing = (props: Record<string, string[]>, event: (name: string) => string) =>
  elements.flatMap((element) => {
    const typed = props[element.tagName!];
    if (!typed) return [`<${element.tagName}>`];
    return expected(element, event)
      .filter((name) => !typed.includes(name))
      .map((name) => `<${element.tagName}> ${name}`);
  });

describe('tag typings against custom-elements.json', function () {
  this.timeout(60_000);
  let typings: Typings;

  before(async () => {
    typings = (await executeServerCommand<Typings, Record<string, never>>('streamspace-tag-typings', {}))!;
  });

  it('reads the four elements from the manifest, with their attributes and events', () => {
    expect(elements.map((e) => e.tagName)).to.have.members([
      'streamspace-enterprise-ws',
      'streamspace-toast-stack',
      'streamspace-notification-center',
      'streamspace-connection-status',
    ]);
    expect(elements.find((e) => e.tagName === 'streamspace-enterprise-ws')!.events!.map((e) => e.name)).to.include('security.alert');
  });

  it('type-checks the typings without errors', () => {
    expect(typings.errors).to.deep.equal([]);
  });

  it('has every element, attribute and event in React JSX.IntrinsicElements', () => {
    expect(missing(typings.react, (name) => `on${name}`)).to.deep.equal([]);
  });

  it('has every element, attribute and event in Vue GlobalComponents', () => {
    expect(missing(typings.vue, vueEvent)).to.deep.equal([]);
  });

  it('types the properties without an attribute too (token, tokenProvider, strings)', () => {
    expect(typings.react['streamspace-enterprise-ws']).to.include.members(['token', 'tokenProvider', 'formatter']);
    expect(typings.vue['streamspace-toast-stack']).to.include('strings');
  });

  it('reports a tag, attribute or event the typings lack', () => {
    const react: Record<string, string[]> = { ...typings.react, 'streamspace-toast-stack': typings.react['streamspace-toast-stack']!.filter((p) => p !== 'maxVisible') };
    delete react['streamspace-connection-status'];
    expect(missing(react, (name) => `on${name}`)).to.have.members([
      '<streamspace-toast-stack> maxVisible',
      '<streamspace-connection-status>',
    ]);
    const vue = { ...typings.vue, 'streamspace-notification-center': typings.vue['streamspace-notification-center']!.filter((p) => p !== 'onStreamspaceUnreadChange') };
    expect(missing(vue, vueEvent)).to.deep.equal(['<streamspace-notification-center> onStreamspaceUnreadChange']);
  });
});
