import { expect } from '@open-wc/testing';
import { probeAuth } from '../../src/connection/auth-probe.js';

type Call = { url: string; init: RequestInit };

function stub(answer: (call: Call) => Promise<Response>) {
  const calls: Call[] = [];
  const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    return answer(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2ln';

describe('probeAuth', () => {
  it('GETs the endpoint over http(s) with the token only in an Authorization header', async () => {
    const { fetch, calls } = stub(async () => new Response(null, { status: 400 }));
    expect(await probeAuth('wss://api.example.com/api/v1/ws/enterprise', TOKEN, fetch)).to.equal(400);
    expect(await probeAuth('ws://127.0.0.1:8000/api/v1/ws/enterprise?tenant=a', TOKEN, fetch)).to.equal(400);
    expect(calls.map((c) => c.url)).to.deep.equal([
      'https://api.example.com/api/v1/ws/enterprise',
      'http://127.0.0.1:8000/api/v1/ws/enterprise?tenant=a',
    ]);
    for (const { url, init } of calls) {
      expect(url).not.to.contain(TOKEN);
      expect(new Headers(init.headers).get('Authorization')).to.equal(`Bearer ${TOKEN}`);
      expect(init.method ?? 'GET').to.equal('GET');
      expect(init.credentials).to.equal('omit');
    }
  });

  it('resolves relative and http(s) endpoint URLs against the page', async () => {
    const { fetch, calls } = stub(async () => new Response(null, { status: 401 }));
    expect(await probeAuth('/api/v1/ws/enterprise', TOKEN, fetch)).to.equal(401);
    expect(calls[0]!.url).to.equal(`${location.origin}/api/v1/ws/enterprise`);
  });

  it('passes the status through (401, 403, 400, anything else)', async () => {
    for (const status of [401, 403, 400, 404, 500, 503]) {
      const { fetch } = stub(async () => new Response(null, { status }));
      expect(await probeAuth('ws://h/x', TOKEN, fetch)).to.equal(status);
    }
  });

  it('0 when there is no answer: a CORS or network failure, no fetch at all, a timeout', async () => {
    const failing = stub(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await probeAuth('ws://h/x', TOKEN, failing.fetch)).to.equal(0);
    expect(await probeAuth('ws://h/x', TOKEN, undefined as unknown as typeof fetch)).to.equal(0);
    const hanging = stub(
      ({ init }) =>
        new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    expect(await probeAuth('ws://h/x', TOKEN, hanging.fetch, 20)).to.equal(0);
  });

  it('an invalid endpoint URL is no answer either, and its error never escapes', async () => {
    const { fetch, calls } = stub(async () => new Response(null, { status: 401 }));
    expect(await probeAuth('http://[bad', TOKEN, fetch)).to.equal(0);
    expect(calls).to.have.length(0);
  });
});
