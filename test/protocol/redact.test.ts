import { expect } from '@open-wc/testing';
import { MAX_SAMPLE_LENGTH, sampleOf } from '../../src/protocol/index.js';

// A syntactically real JWT (HS256, payload {"sub":"alice"}); the signature is made up.
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLW5vdC1yZWFs_-x';

describe('sampleOf', () => {
  it('keeps a short line as it is', () => {
    expect(sampleOf('{"type":42}')).to.equal('{"type":42}');
  });

  it(`cuts long lines to ${MAX_SAMPLE_LENGTH} characters, ending in an ellipsis`, () => {
    const sample = sampleOf('x'.repeat(5000));
    expect(sample.length).to.equal(MAX_SAMPLE_LENGTH);
    expect(sample.endsWith('…')).to.equal(true);
    expect(sampleOf('y'.repeat(MAX_SAMPLE_LENGTH))).to.equal('y'.repeat(MAX_SAMPLE_LENGTH));
  });

  it('stays short for a 2 MB line', () => {
    expect(sampleOf('z'.repeat(2 * 1024 * 1024)).length).to.equal(MAX_SAMPLE_LENGTH);
  });

  it('redacts a JWT wherever it appears', () => {
    const sample = sampleOf(`{"type":"x","data":{"token":"${JWT}"},"note":"Bearer ${JWT}"}`);
    expect(sample).to.equal('{"type":"x","data":{"token":"[redacted]"},"note":"Bearer [redacted]"}');
  });

  it('redacts a token that the length limit would cut in half', () => {
    const line = `${'p'.repeat(150)}"${JWT}"${'q'.repeat(500)}`;
    const sample = sampleOf(line);
    expect(sample).to.equal(`${'p'.repeat(150)}"[redacted]"${'q'.repeat(MAX_SAMPLE_LENGTH - 163)}…`);
    expect(sample).not.to.contain('eyJ');
  });

  it('redacts a very long token that runs past the examined prefix', () => {
    const huge = `eyJ${'a'.repeat(5000)}.eyJ${'b'.repeat(5000)}.${'c'.repeat(100)}`;
    const sample = sampleOf(`tok=${huge}`);
    expect(sample).to.equal('tok=[redacted]…');
  });

  it('redacts a partial token (header and payload only)', () => {
    expect(sampleOf(`t=${JWT.split('.').slice(0, 2).join('.')}`)).to.equal('t=[redacted]');
  });

  it('escapes control, line-separator and bidi characters', () => {
    expect(sampleOf('a\nb\r\u0000c\u2028d\u202ee\ufefff\u009b')).to.equal(
      'a\\u000ab\\u000d\\u0000c\\u2028d\\u202ee\\ufefff\\u009b',
    );
  });

  it('never ends a cut sample with half a surrogate pair', () => {
    const line = `${'a'.repeat(MAX_SAMPLE_LENGTH - 2)}😀😀😀`;
    const sample = sampleOf(line);
    expect(sample.length).to.be.at.most(MAX_SAMPLE_LENGTH);
    const beforeEllipsis = sample.charCodeAt(sample.length - 2);
    expect(beforeEllipsis >= 0xd800 && beforeEllipsis <= 0xdbff).to.equal(false);
  });
});
