// docs/frameworks.md must quote the framework examples the tests run, verbatim; its Angular
// snippet is the one in demo/frameworks/angular/README.md, and its Lit example is an excerpt of
// test/package/consumer.ts, which `npm run check:package` type-checks against the packed package.
import { expect } from '@open-wc/testing';
import { rawFile } from '../docs/markdown.js';

const PAGE = 'docs/frameworks.md';

const EXAMPLES = [
  'demo/frameworks/html/index.html',
  'demo/frameworks/html/alerts.js',
  'demo/frameworks/react/SecurityAlerts.tsx',
  'demo/frameworks/vue/SecurityAlerts.vue',
  'demo/frameworks/vue/custom-elements.ts',
];

const read = async (path: string) => {
  const text = await rawFile(path);
  expect(text, `GET ${path}`).to.not.equal(null);
  return text!;
};

/** The fenced code blocks of a Markdown text, without their fences. */
const codeBlocks = (markdown: string) => [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => m[1]!);

describe(`${PAGE} examples`, () => {
  for (const path of EXAMPLES) {
    it(`quotes ${path} as it is`, async () => {
      const [page, example] = await Promise.all([read(PAGE), read(path)]);
      expect(page.includes(example.trim()), `${PAGE} lacks the current ${path}`).to.equal(true);
    });
  }

  it('quotes the Angular snippet of demo/frameworks/angular/README.md as it is', async () => {
    const [page, angular] = await Promise.all([read(PAGE), read('demo/frameworks/angular/README.md')]);
    const snippets = codeBlocks(angular);
    expect(snippets.length).to.be.greaterThan(0);
    for (const snippet of snippets) expect(page.includes(snippet), `${PAGE} lacks the current Angular snippet`).to.equal(true);
  });

  it('shows a Lit example that is an excerpt of the type-checked test/package/consumer.ts', async () => {
    const [page, consumer] = await Promise.all([read(PAGE), read('test/package/consumer.ts')]);
    const lit = codeBlocks(page).filter((block) => block.includes('extends LitElement'));
    expect(lit.length, `${PAGE} has no Lit example`).to.be.greaterThan(0);
    for (const block of lit) {
      // The docs add the imports that consumer.ts shares with its other checks.
      const body = block.split('\n').filter((line) => !line.startsWith('import ')).join('\n').trim();
      expect(consumer.includes(body), `${PAGE}'s Lit example is no longer in test/package/consumer.ts`).to.equal(true);
    }
  });
});
