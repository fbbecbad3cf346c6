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

  it('answers the HTTP auth probe: 401 for refused tokens, 400 (not a handshake) for a good one', async () => {
    const probe = async (token: string | null) =>
      (await fetch(token === null ? endpoint.httpUrl : `${endpoint.httpUrl}?token=${encodeURIComponent(token)}`)).status;
    expect(await probe(null)).to.equal(401);
    expect(await probe('garbage')).to.equal(401);
    expect(await probe(await endpoint.token('alice', { expired: true }))).to.equal(401);
    expect(await probe(await endpoint.token('alice'))).to.equal(400);
  });

  it('sends no body with a 401', async () => {
    const response = await fetch(`${endpoint.httpUrl}?token=garbage`);
    expect(await response.text()).to.equal('');
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
});
