// No public member of any of our elements may shadow a member of HTMLElement or LitElement:
// `isConnected` once did, and Lit reads it (controllers never started while the socket was
// down). Walks every element in custom-elements.json, so elements added later are covered.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema';

/** Hooks Lit asks subclasses to override; overriding them is the point. */
const LIT_HOOKS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'shouldUpdate',
  'willUpdate',
  'update',
  'render',
  'firstUpdated',
  'updated',
  'scheduleUpdate',
  'getUpdateComplete',
]);

/** Every name HTMLElement or LitElement has, own or inherited (Node, Element, EventTarget...). */
function inheritedNames(): Set<string> {
  const found = new Set<string>();
  for (let proto: object | null = LitElement.prototype; proto; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) found.add(name);
  }
  // Instance fields Lit sets in its constructor are not on a prototype.
  for (const name of Object.keys(document.createElement('div'))) found.add(name);
  return found;
}

describe('public members never shadow HTMLElement or LitElement', () => {
  let elements: (ClassDeclaration & CustomElement)[] = [];
  before(async () => {
    const manifest: Package = await (await fetch('/__manifest__/custom-elements.json')).json();
    elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d): d is ClassDeclaration & CustomElement => d.kind === 'class' && 'tagName' in d && Boolean(d.tagName));
  });

  it('the manifest lists our elements', () => {
    const tags = elements.map((e) => e.tagName);
    expect(tags).to.include.members(['streamspace-enterprise-ws', 'streamspace-toast-stack', 'streamspace-connection-status']);
  });

  it('no element has a public member named like an inherited one', () => {
    const inherited = inheritedNames();
    expect(inherited.has('isConnected') && inherited.has('update') && inherited.has('requestUpdate')).to.equal(true);
    const clashes = elements.flatMap((element) =>
      (element.members ?? [])
        .filter((m) => !m.privacy && !m.static && !m.name.startsWith('#') && !(m as { inheritedFrom?: unknown }).inheritedFrom)
        .filter((m) => inherited.has(m.name) && !LIT_HOOKS.has(m.name))
        .map((m) => `<${element.tagName}>.${m.name}`),
    );
    expect(clashes).to.deep.equal([]);
  });

  it('no attribute maps to a field that shadows an inherited one', () => {
    const inherited = inheritedNames();
    const clashes = elements.flatMap((element) =>
      (element.attributes ?? [])
        .filter((a) => a.fieldName && inherited.has(a.fieldName))
        .map((a) => `<${element.tagName}> ${a.name} → ${a.fieldName}`),
    );
    expect(clashes).to.deep.equal([]);
  });
});
