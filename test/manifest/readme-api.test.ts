// The README's API tables are checked against custom-elements.json (made from this checkout),
// so the documentation cannot silently drop an attribute, event, method, part or property.
import { expect } from '@open-wc/testing';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema';

type Declaration = ClassDeclaration & CustomElement;

let manifest: Package;
let readme: string;
before(async () => {
  const [manifestResponse, readmeResponse] = await Promise.all([
    fetch('/__manifest__/custom-elements.json'),
    fetch('/__raw__/README.md.txt'),
  ]);
  manifest = await manifestResponse.json();
  readme = await readmeResponse.text();
});

const declaration = (tag: string) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => (d as Declaration).tagName === tag) as Declaration;

/** Names the README must show in backticks (`name`), e.g. in a table row. */
const missingFromReadme = (names: string[]) => names.filter((name) => !readme.includes(`\`${name}\``));

for (const tag of ['streamspace-enterprise-ws', 'streamspace-toast-stack']) {
  describe(`README documents <${tag}> as the manifest describes it`, () => {
    it('every attribute', () => {
      expect(missingFromReadme((declaration(tag).attributes ?? []).map((a) => a.name))).to.deep.equal([]);
    });

    it('every event', () => {
      const events = (declaration(tag).events ?? []).map((e) => e.name);
      expect(events.length).to.be.greaterThan(2);
      expect(missingFromReadme(events)).to.deep.equal([]);
    });

    it('every public method', () => {
      const methods = (declaration(tag).members ?? [])
        .filter((m) => m.kind === 'method' && !m.privacy && !m.static && !m.name.startsWith('#'))
        .map((m) => m.name);
      expect(methods.length).to.be.greaterThan(0);
      expect(methods.filter((name) => !readme.includes(`\`${name}(`))).to.deep.equal([]);
    });

    it('every CSS part and custom property', () => {
      const parts = (declaration(tag).cssParts ?? []).map((p) => p.name);
      const properties = (declaration(tag).cssProperties ?? []).map((p) => p.name);
      expect(missingFromReadme([...parts, ...properties])).to.deep.equal([]);
    });
  });
}
