import { expect } from '@open-wc/testing';
import { backoffDelay } from '../../src/connection/backoff.js';
import { defaultEndpointUrl, withToken } from '../../src/connection/endpoint-url.js';
import { readStoredToken, resolveToken, tokenFromStoredValue } from '../../src/connection/token.js';
import { SendQueue } from '../../src/connection/send-queue.js';

describe('backoffDelay', () => {
  const options = { base: 3000, cap: 30000 };

  it('grows exponentially from the base up to the cap (the jitter window)', () => {
    const windows = [1, 2, 3, 4, 5, 6, 10, 50].map((attempt) => backoffDelay(attempt, options, () => 0.999999));
    expect(windows).to.deep.equal([2999, 5999, 11999, 23999, 29999, 29999, 29999, 29999]);
  });

  it('applies full jitter after the cap: every delay is within [0, cap]', () => {
    for (let attempt = 1; attempt <= 40; attempt += 1) {
      for (let i = 0; i < 50; i += 1) {
        const delay = backoffDelay(attempt, options);
        expect(delay).to.be.within(0, 30000);
        expect(delay).to.be.at.most(Math.min(30000, 3000 * 2 ** (attempt - 1)));
      }
    }
    expect(backoffDelay(7, options, () => 0)).to.equal(0);
  });

  it('spreads many clients dropped at once over the window', () => {
    const delays = Array.from({ length: 1000 }, () => backoffDelay(10, options));
    const buckets = new Set(delays.map((d) => Math.floor(d / 3000)));
    expect(buckets.size).to.equal(10);
  });

  it('treats odd input safely', () => {
    expect(backoffDelay(0, options, () => 0.5)).to.equal(1500);
    expect(backoffDelay(3, { base: -1, cap: 100 }, () => 0.5)).to.equal(0);
    expect(backoffDelay(1e9, options, () => 0.5)).to.equal(15000);
  });
});

describe('token sources', () => {
  afterEach(() => localStorage.clear());

  it('parses raw JWTs and the persisted-store JSON', () => {
    expect(tokenFromStoredValue('abc.def.ghi')).to.equal('abc.def.ghi');
    expect(tokenFromStoredValue('{"state":{"token":"t1"},"version":0}')).to.equal('t1');
    expect(tokenFromStoredValue('{"token":"t2"}')).to.equal('t2');
    expect(tokenFromStoredValue('"t3"')).to.equal('t3');
    expect(tokenFromStoredValue('{"state":{"token":null}}')).to.equal(null);
    expect(tokenFromStoredValue('{"state":{}}')).to.equal(null);
    expect(tokenFromStoredValue('{broken')).to.equal(null);
    expect(tokenFromStoredValue('')).to.equal(null);
    expect(tokenFromStoredValue(null)).to.equal(null);
  });

  it('looks in streamspace-auth, then streamspace_token', () => {
    localStorage.setItem('streamspace_token', 'raw');
    expect(readStoredToken(['streamspace-auth', 'streamspace_token'])).to.equal('raw');
    localStorage.setItem('streamspace-auth', '{"state":{"token":"json"}}');
    expect(readStoredToken(['streamspace-auth', 'streamspace_token'])).to.equal('json');
  });

  it('prefers the explicit token, then the provider, then storage; a throwing provider means none', async () => {
    localStorage.setItem('streamspace_token', 'stored');
    expect(await resolveToken({ token: 'explicit', tokenProvider: () => 'provided' })).to.equal('explicit');
    expect(await resolveToken({ tokenProvider: async () => 'provided' })).to.equal('provided');
    expect(await resolveToken({})).to.equal('stored');
    expect(
      await resolveToken({
        tokenProvider: () => {
          throw new Error('secret-in-message');
        },
      }),
    ).to.equal(null);
  });

  it('survives storage that throws (sandboxed iframes)', () => {
    const storage = { getItem: () => { throw new DOMException('denied', 'SecurityError'); } };
    expect(readStoredToken(['k'], storage)).to.equal(null);
  });
});

describe('endpoint URLs', () => {
  it('derives ws: or wss: from the page like the StreamSpace UI', () => {
    expect(defaultEndpointUrl({ protocol: 'https:', host: 'portal.example:8443' })).to.equal('wss://portal.example:8443/api/v1/ws/enterprise');
    expect(defaultEndpointUrl({ protocol: 'http:', host: 'localhost:8000' })).to.equal('ws://localhost:8000/api/v1/ws/enterprise');
  });

  it('URL-encodes the token into the query', () => {
    const url = withToken('wss://h/api/v1/ws/enterprise?x=1', 'token', 'a+b/c=');
    expect(url).to.equal('wss://h/api/v1/ws/enterprise?x=1&token=a%2Bb%2Fc%3D');
    expect(withToken('/api/v1/ws/enterprise', 'token', 't').startsWith('ws://')).to.be.true;
  });
});

describe('SendQueue', () => {
  it('flushes in order and keeps what could not be sent', () => {
    const queue = new SendQueue(3);
    ['a', 'b', 'c'].forEach((item) => queue.push(item));
    expect(queue.push('d')).to.be.false;
    const sent: string[] = [];
    queue.flush((item) => (item === 'c' ? false : (sent.push(item), true)));
    expect(sent).to.deep.equal(['a', 'b']);
    expect(queue.size).to.equal(1);
  });
});
