// The README's framework examples must be the files the framework tests run, verbatim.
import { expect } from '@open-wc/testing';

const EXAMPLES = [
  'demo/frameworks/html/index.html',
  'demo/frameworks/html/alerts.js',
  'demo/frameworks/react/SecurityAlerts.tsx',
  'demo/frameworks/react/streamspace-jsx.d.ts',
  'demo/frameworks/vue/SecurityAlerts.vue',
  'demo/frameworks/vue/custom-elements.ts',
];

const raw = async (path: string) => {
  const response = await fetch(`/__raw__/${path}.txt`);
  expect(response.ok, `GET ${path}`).to.equal(true);
  return response.text();
};

describe('README examples', () => {
  for (const path of EXAMPLES) {
    it(`quotes ${path} as it is`, async () => {
      const [readme, example] = await Promise.all([raw('README.md'), raw(path)]);
      expect(readme.includes(example.trim()), `README.md lacks the current ${path}`).to.equal(true);
    });
  }
});
