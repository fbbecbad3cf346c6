// Each element's reference page (docs/<tag without "streamspace-">.md) is checked against
// custom-elements.json (made from this checkout), so the documentation cannot silently drop an
// attribute, property, event, method, part or custom property, nor keep a name the element no
// longer has. The elements come from the manifest: a new element is covered the day it lands,
// and fails here until its page is written.
import { expect } from '@open-wc/testing';
import type { ClassDeclaration, ClassMember, CustomElement, Package } from 'custom-elements-manifest/schema';
import { codeNamesOnly, rawFile, tables } from '../docs/markdown.js';

type Declaration = ClassDeclaration & CustomElement;

// Top-level await: the tests below are made per element, so the manifest is needed first.
const manifestResponse = await fetch('/__manifest__/custom-elements.json');
const manifest: Package = await manifestResponse.json();
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is Declaration => Boolean((d as Declaration).tagName));

const pagePath = (tag: string) => `docs/${tag.replace(/^streamspace-/, '')}.md`;
const isPublic = (m: ClassMember) => !m.privacy && !m.static && !m.name.startsWith('#');
const names = (items: { name: string }[] | undefined) => (items ?? []).map((item) => item.name);

/** What the element has, by the kind of name a docs table column holds. */
function apiOf(element: Declaration) {
  const members = (element.members ?? []).filter(isPublic);
  return {
    attribute: names(element.attributes),
    property: names(members.filter((m) => m.kind === 'field')),
    method: names(members.filter((m) => m.kind === 'method')),
    event: names(element.events),
    part: names(element.cssParts),
    'custom property': names(element.cssProperties),
  };
}
type Kind = keyof ReturnType<typeof apiOf>;

describe('the docs know every element of custom-elements.json', () => {
  it('finds the elements in the manifest', () => {
    expect(manifestResponse.ok, 'GET /__manifest__/custom-elements.json').to.equal(true);
    expect(elements.map((e) => e.tagName)).to.include.members(['streamspace-enterprise-ws', 'streamspace-toast-stack']);
    // A manifest that lost its detail would make every check below pass vacuously.
    const ws = apiOf(elements.find((e) => e.tagName === 'streamspace-enterprise-ws')!);
    expect(ws.event.length, 'events of <streamspace-enterprise-ws>').to.be.greaterThan(2);
    expect(ws.method.length, 'methods of <streamspace-enterprise-ws>').to.be.greaterThan(0);
  });
});

for (const element of elements) {
  const tag = element.tagName!;
  const path = pagePath(tag);

  describe(`${path} documents <${tag}> as the manifest describes it`, () => {
    let page: string | null = null;
    before(async () => {
      page = await rawFile(path);
    });
    /** The page, or skip: the first test already failed with the reason. */
    function pageOr(test: Mocha.Context): string {
      if (page === null) test.skip();
      return page!;
    }
    const missing = (text: string, list: string[], format: (name: string) => string) =>
      list.filter((name) => !text.includes(format(name)));
    const inBackticks = (name: string) => `\`${name}\``;

    it(`has a page, ${path}`, () => {
      expect(
        page !== null,
        `${path} is missing: every element in custom-elements.json needs a reference page named after its tag ` +
          `(attributes, properties, methods, events, CSS parts and custom properties; see docs/toast-stack.md), ` +
          `linked from README.md's documentation list`,
      ).to.equal(true);
    });

    it('names every attribute, public property, event, CSS part and custom property in backticks', function () {
      const text = pageOr(this);
      const api = apiOf(element);
      const kinds = ['attribute', 'property', 'event', 'part', 'custom property'] as const;
      const gaps = Object.fromEntries(kinds.map((kind) => [kind, missing(text, api[kind], inBackticks)]));
      expect(gaps, `names ${path} lacks`).to.deep.equal(Object.fromEntries(kinds.map((kind) => [kind, []])));
    });

    it('shows every public method as `name(`', function () {
      const text = pageOr(this);
      expect(missing(text, apiOf(element).method, (name) => `\`${name}(`), `methods ${path} lacks`).to.deep.equal([]);
    });

    it('lists in its API tables only names the element has', function () {
      // A column headed "attribute", "property", "method", "event", "part" or "custom property"
      // holds names of that kind; cells with prose in them (e.g. "the message's own `type`") are
      // descriptions, not names, and are left alone.
      const api = apiOf(element);
      const stale: string[] = [];
      for (const [header, ...rows] of tables(pageOr(this))) {
        header!.forEach((heading, column) => {
          const kind = heading.toLowerCase() as Kind;
          if (!(kind in api)) return;
          for (const row of rows) {
            for (const name of codeNamesOnly(row[column] ?? '')) {
              const bare = kind === 'method' ? name.replace(/\(.*$/s, '') : name;
              if (!api[kind].includes(bare)) stale.push(`${kind} ${name}`);
            }
          }
        });
      }
      expect(stale, `${path} documents what <${tag}> does not have`).to.deep.equal([]);
    });
  });
}
