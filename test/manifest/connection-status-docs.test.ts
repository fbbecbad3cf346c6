// docs/connection-status.md is checked against the pill's default strings (docs-api.test.ts
// checks its attributes, properties, parts and custom properties against the manifest), so
// the page cannot silently drop or misquote a text the pill shows.
import { expect } from '@open-wc/testing';
import { defaultConnectionStatusStrings as strings } from '../../src/elements/connection-status/connection-status-strings.js';
import { rawFile } from '../docs/markdown.js';

describe('docs/connection-status.md quotes the pill\'s texts', () => {
  let page = '';
  before(async () => {
    page = (await rawFile('docs/connection-status.md')) ?? '';
  });

  it('every string key, and each fixed text as the pill shows it', () => {
    const keys = Object.keys(strings);
    expect(keys.filter((key) => !page.includes(`\`${key}\``) && !page.includes(`\`${key}(`))).to.deep.equal([]);
    const texts = Object.values(strings).filter((value): value is string => typeof value === 'string');
    expect(texts.filter((text) => !page.includes(`| ${text} |`) && !page.includes(`\`${text}\``))).to.deep.equal([]);
  });

  it('the countdown text in its three forms', () => {
    expect(page).to.include(strings.reconnecting(12, 3, 10));
    expect(page).to.include(strings.reconnecting(12, 3, Infinity));
    expect(page).to.include(strings.reconnecting(0, 3, 10));
    expect(page).to.include(strings.status(strings.live));
  });
});
