// Every relative link and image in README.md and docs/*.md points at a file that exists, and
// every `#anchor` into one of those pages at one of its headings: pages move, get renamed and
// lose sections, and a reader should never land on a 404.
import { expect } from '@open-wc/testing';
import { headingAnchors, links, markdownPages, pathExists, rawFile } from './markdown.js';

/**
 * Elements whose reference page README.md already links while the element is being built
 * elsewhere. Such a page may be missing only while custom-elements.json has no such tag; from
 * the day the element lands, its page is required here and by test/manifest/docs-api.test.ts.
 */
const ELEMENTS_IN_PROGRESS = ['streamspace-notification-center', 'streamspace-connection-status'];

const pages = await markdownPages();
const texts = new Map(await Promise.all(pages.map(async (page) => [page, (await rawFile(page)) ?? ''] as const)));
const manifest = await (await fetch('/__manifest__/custom-elements.json')).json();
const tags = new Set<string>(
  manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName),
);

/** A link target resolved against the page's folder, as a repository path ('' for the page itself). */
function resolve(page: string, target: string): { path: string; anchor: string } {
  const [file = '', anchor = ''] = target.split('#', 2);
  if (!file) return { path: page, anchor };
  const url = new URL(decodeURI(file), `https://repo.invalid/${page}`);
  return { path: url.pathname.slice(1).replace(/\/$/, ''), anchor };
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
const inProgress = (path: string) =>
  ELEMENTS_IN_PROGRESS.some((tag) => path === `docs/${tag.replace(/^streamspace-/, '')}.md` && !tags.has(tag));

describe('links in README.md and docs/*.md', () => {
  it('finds the pages', () => {
    expect(pages).to.include.members(['README.md', 'docs/frameworks.md', 'docs/enterprise-ws.md']);
  });

  for (const page of pages) {
    it(`${page}: every relative link points at a file that exists`, async () => {
      const broken: string[] = [];
      for (const link of links(texts.get(page)!)) {
        if (isExternal(link.target)) continue;
        const { path } = resolve(page, link.target);
        if (!(await pathExists(path)) && !inProgress(path)) broken.push(`${link.source} → ${path}`);
      }
      expect(broken, `${page} links to missing files`).to.deep.equal([]);
    });

    it(`${page}: every #anchor into a page names one of its headings`, () => {
      const broken: string[] = [];
      for (const link of links(texts.get(page)!)) {
        if (isExternal(link.target) || !link.target.includes('#')) continue;
        const { path, anchor } = resolve(page, link.target);
        const target = texts.get(path);
        if (target === undefined) continue; // not one of the checked pages (or missing: the test above)
        if (!headingAnchors(target).has(anchor)) broken.push(`${link.source}: no heading "#${anchor}" in ${path}`);
      }
      expect(broken).to.deep.equal([]);
    });
  }
});
