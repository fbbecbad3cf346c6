import { expect } from '@open-wc/testing';

describe('smoke', () => {
  it('runs in a browser', () => {
    expect(typeof window.WebSocket).to.equal('function');
  });
});
