import { expect } from '@open-wc/testing';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { SocketRecorder } from './socket-recorder.js';

// The server refuses before the upgrade; in a browser that is only `error` then close 1006.
async function expectRefusedUpgrade(url: string): Promise<void> {
  const recorder = new SocketRecorder(url);
  const closed = await recorder.closed;
  expect(recorder.opened).to.equal(false);
  expect(recorder.errored).to.equal(true);
  expect(closed.code).to.equal(1006);
  expect(recorder.messages).to.have.length(0);
}

describe('endpoint: authentication before the upgrade', () => {
  let endpoint: TestEndpoint;
  beforeEach(async () => {
    endpoint = await startEndpoint();
  });
  afterEach(async () => {
    await endpoint.close();
  });

  it('accepts a valid token from the query and registers the client', async () => {
    const recorder = new SocketRecorder(endpoint.urlWithToken(await endpoint.token('alice')));
    await recorder.untilType('connection');
    expect(await endpoint.clients('alice')).to.equal(1);
    recorder.close();
  });

  it('refuses a missing token', async () => {
    await expectRefusedUpgrade(endpoint.url);
    expect(await endpoint.clients()).to.equal(0);
  });

  it('refuses a token that is not a JWT', async () => {
    await expectRefusedUpgrade(endpoint.urlWithToken('not-a-jwt'));
  });

  it('refuses an expired token', async () => {
    await expectRefusedUpgrade(endpoint.urlWithToken(await endpoint.token('alice', { expired: true })));
  });

  it('refuses a token signed with another secret', async () => {
    await expectRefusedUpgrade(endpoint.urlWithToken(await endpoint.token('alice', { wrongSecret: true })));
  });

  it('refuses a token revoked server-side, and accepts a newer one', async () => {
    const revoked = await endpoint.token('alice');
    await endpoint.revokeUser('alice');
    await expectRefusedUpgrade(endpoint.urlWithToken(revoked));
    const fresh = new SocketRecorder(endpoint.urlWithToken(await endpoint.token('alice')));
    await fresh.untilType('connection');
    fresh.close();
  });

  it('refuses a disabled account (403 before the upgrade), and accepts it again once enabled', async () => {
    const token = await endpoint.token('alice');
    await endpoint.disableUser('alice');
    await expectRefusedUpgrade(endpoint.urlWithToken(token));
    const refused = await endpoint.upgradeFrom('http://localhost:5173', token);
    expect(refused).to.deep.equal({ status: 403, body: '' });
    await endpoint.disableUser('alice', false);
    const recorder = new SocketRecorder(endpoint.urlWithToken(token));
    await recorder.untilType('connection');
    recorder.close();
  });

  it('the auth middleware answers an upgrade with a bare status, no body', async () => {
    expect(await endpoint.upgradeFrom('http://localhost:5173', 'garbage')).to.deep.equal({ status: 401, body: '' });
  });
});

describe('endpoint: the plain GET (the client auth probe)', () => {
  let endpoint: TestEndpoint;
  beforeEach(async () => {
    endpoint = await startEndpoint();
  });
  afterEach(async () => {
    await endpoint.close();
  });

  const probe = (headers: Record<string, string> = {}, query = '') => fetch(`${endpoint.httpUrl}${query}`, { headers });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('reads only Authorization: Bearer: 401 refused, 403 disabled, 400 (not a handshake) when accepted', async () => {
    expect((await probe()).status).to.equal(401);
    expect((await probe(bearer('garbage'))).status).to.equal(401);
    expect((await probe(bearer(await endpoint.token('alice', { expired: true })))).status).to.equal(401);
    expect((await probe(bearer(await endpoint.token('alice', { wrongSecret: true })))).status).to.equal(401);
    const good = await endpoint.token('alice');
    const accepted = await probe(bearer(good));
    expect(accepted.status).to.equal(400);
    expect(await accepted.text()).to.equal('Bad Request\n');
    await endpoint.revokeToken(good);
    expect((await probe(bearer(good))).status, 'revoked').to.equal(401);
    const bob = await endpoint.token('bob');
    await endpoint.disableUser('bob');
    expect((await probe(bearer(bob))).status, 'disabled').to.equal(403);
    // Go compares the scheme case-sensitively.
    expect((await probe({ Authorization: `bearer ${await endpoint.token('carol')}` })).status).to.equal(401);
  });

  it('ignores ?token= on a plain GET: a valid token there still gets 401 (it proves nothing)', async () => {
    const good = await endpoint.token('alice');
    expect((await probe({}, `?token=${encodeURIComponent(good)}`)).status).to.equal(401);
  });

  it('answers refusals of a plain GET with a JSON body', async () => {
    const refused = await probe(bearer('garbage'));
    expect(refused.headers.get('content-type')).to.contain('application/json');
    expect(await refused.json()).to.deep.equal({ error: 'Invalid or expired token' });
    const bob = await endpoint.token('bob');
    await endpoint.disableUser('bob');
    expect(await (await probe(bearer(bob))).json()).to.deep.equal({ error: 'User account is disabled' });
  });

  it('counts handshakes (upgrades) and probes (plain requests) separately', async () => {
    const before = await endpoint.stats();
    expect(before).to.deep.equal({ handshakes: 0, probes: 0 });
    await probe(bearer('garbage'));
    await expectRefusedUpgrade(endpoint.urlWithToken('garbage'));
    expect(await endpoint.stats()).to.deep.equal({ handshakes: 1, probes: 1 });
  });
});

describe('endpoint: input validation before auth, on every query value', () => {
  let endpoint: TestEndpoint;
  beforeEach(async () => {
    endpoint = await startEndpoint();
  });
  afterEach(async () => {
    await endpoint.close();
  });

  it('refuses a valid token containing `--` (about 1% of real tokens) on every attempt: 400 with JSON, not 401', async () => {
    const unusable = await endpoint.token('alice', { unusable: true });
    expect(unusable).to.contain('--');
    await expectRefusedUpgrade(endpoint.urlWithToken(unusable));
    const refused = await endpoint.upgradeFrom('http://localhost:5173', unusable);
    expect(refused.status).to.equal(400);
    expect(JSON.parse(refused.body!)).to.deep.equal({
      error: 'Invalid query parameter',
      message: "Parameter 'token': potential SQL injection detected",
    });
    expect(refused.body).not.to.contain(unusable);
    // The same token as a header (no query value) passes validation and auth: the probe says 400 "accepted".
    const probe = await fetch(endpoint.httpUrl, { headers: { Authorization: `Bearer ${unusable}` } });
    expect([probe.status, await probe.text()]).to.deep.equal([400, 'Bad Request\n']);
  });

  it('runs before auth on any parameter: patterns and values over 10,000 bytes', async () => {
    const cases: Array<[string, string]> = [
      ['q', 'a--b'],
      ['q', 'a#b'],
      ['q', 'a/*b'],
      ['q', 'a;b'],
      ['q', 'a|b'],
      ['q', 'a`b'],
      ['q', 'a$(b'],
      ['q', 'UNION SELECT 1'],
      ['q', '(a)'],
      ['q', 'x'.repeat(10_001)],
    ];
    for (const [key, value] of cases) {
      const response = await fetch(`${endpoint.httpUrl}?${key}=${encodeURIComponent(value)}`);
      expect(response.status, value.slice(0, 20)).to.equal(400);
      expect((await response.json()).error).to.equal('Invalid query parameter');
    }
    expect((await fetch(`${endpoint.httpUrl}?q=${'x'.repeat(10_000)}`)).status, 'exactly 10,000').to.equal(401);
    expect((await fetch(`${endpoint.httpUrl}?q=a-b_c.d`)).status, 'harmless').to.equal(401);
  });
});

describe('endpoint: Origin allow-list', () => {
  let endpoint: TestEndpoint;
  beforeEach(async () => {
    endpoint = await startEndpoint({ allowedOrigins: ['https://portal.example.com'] });
  });
  afterEach(async () => {
    await endpoint.close();
  });

  it('refuses a page whose origin is not listed, even with a valid token', async () => {
    await expectRefusedUpgrade(endpoint.urlWithToken(await endpoint.token('alice')));
    expect(await endpoint.clients()).to.equal(0);
  });

  it('answers 403 to a foreign Origin and upgrades a listed one', async () => {
    const token = await endpoint.token('alice');
    expect(await endpoint.upgradeStatusFrom('https://evil.example.com', token)).to.equal(403);
    expect(await endpoint.upgradeStatusFrom('https://portal.example.com', token)).to.equal(101);
  });

  it('checks the token before the origin, as the auth middleware runs first', async () => {
    expect(await endpoint.upgradeStatusFrom('https://evil.example.com', 'garbage')).to.equal(401);
  });

  it('does not allow the server own origin unless listed', async () => {
    const token = await endpoint.token('alice');
    const own = new URL(endpoint.httpUrl).origin;
    expect(await endpoint.upgradeStatusFrom(own, token)).to.equal(403);
  });

  it('answers the probe of a refused origin with 400: the token is fine, only the handshake is refused', async () => {
    // CORS (a separate list, here the test page's) lets the page read the answer.
    const probe = await fetch(endpoint.httpUrl, { headers: { Authorization: `Bearer ${await endpoint.token('alice')}` } });
    expect(probe.status).to.equal(400);
  });

  it('can change the allow-list at run time (the demo "Wrong origin")', async () => {
    const token = await endpoint.token('alice');
    await endpoint.allowOrigins();
    const recorder = new SocketRecorder(endpoint.urlWithToken(token));
    await recorder.untilType('connection');
    recorder.close();
    await endpoint.allowOrigins(['https://portal.example.com']);
    await expectRefusedUpgrade(endpoint.urlWithToken(token));
  });
});

describe('endpoint: a probe CORS does not allow', () => {
  it('cannot be read by the page (fetch fails), like a real cross-origin API without CORS for it', async () => {
    const endpoint = await startEndpoint({ corsOrigins: [] });
    try {
      const token = await endpoint.token('alice');
      let failed = false;
      await fetch(endpoint.httpUrl, { headers: { Authorization: `Bearer ${token}` } }).catch(() => (failed = true));
      expect(failed).to.equal(true);
    } finally {
      await endpoint.close();
    }
  });
});
