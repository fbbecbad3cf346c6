// AuthFlow, the connection's attempt and auth flow (token → checks → dial → probe on failure →
// reason), against the real server's answers (PROTOCOL.md "Endpoint and authentication"):
// tokens minted by the StreamSpace-like endpoint (demo/server) on loopback, its handshake
// statuses, and its answers to the probe. Each decision is checked against what that server
// does with the same token.
import { expect } from '@open-wc/testing';
import { AuthFlow } from '../../src/connection/auth-flow.js';
import type { TokenSources } from '../../src/connection/token.js';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';

describe('AuthFlow against the real server', function () {
  this.timeout(20_000);
  let ep: TestEndpoint;
  let sources: TokenSources;
  const flow = () => new AuthFlow(() => sources);

  beforeEach(async () => {
    localStorage.clear();
    sources = {};
    ep = await startEndpoint();
  });

  afterEach(async () => {
    localStorage.clear();
    await ep.close();
  });

  describe('before dialling: check()', () => {
    it('a valid token passes, and the server upgrades it (101)', async () => {
      const token = await ep.token('alice');
      expect(flow().check(token)).to.equal(null);
      expect(await ep.upgradeStatusFrom(location.origin, token)).to.equal(101);
    });

    it('an expired token is refused as the server would: 401, expired', async () => {
      const token = await ep.token('alice', { expired: true });
      expect(flow().check(token)).to.deep.equal({ code: 401, reason: 'expired' });
      expect(await ep.upgradeStatusFrom(location.origin, token)).to.equal(401);
    });

    it('a token the input validation refuses (`--`) is refused as the server would: 400, unusable', async () => {
      const token = await ep.token('alice', { unusable: true });
      expect(token).to.contain('--');
      expect(flow().check(token)).to.deep.equal({ code: 400, reason: 'unusable' });
      expect(await ep.upgradeStatusFrom(location.origin, token)).to.equal(400);
    });

    it('an exp within the 5-minute skew margin is left to the server', async () => {
      const token = await ep.token('alice', { expired: 120 });
      expect(flow().check(token)).to.equal(null);
    });
  });

  describe('after a close: closed()', () => {
    it('the auth close codes are refusals, with their code', () => {
      const auth = flow();
      for (const code of [1008, 4001, 4003, 4401, 4403]) expect(auth.closed(code, true)).to.deep.equal({ code, reason: 'refused' });
    });

    it('a refused handshake (1006 to a browser) twice in a row asks the probe; drops after an open never do', () => {
      const auth = flow();
      expect(auth.closed(1006, false)).to.equal('retry');
      expect(auth.closed(1006, false)).to.equal('probe');
      // Every further one of the same streak is probed too (DEVIATIONS.md "The probe repeats").
      expect(auth.closed(1006, false)).to.equal('probe');
      // 1005: the server dropped a slow client; an ordinary drop.
      expect(auth.closed(1005, true)).to.equal('retry');
      auth.forget();
      expect(auth.closed(1006, false)).to.equal('retry');
    });
  });

  describe('the probe: probe()', () => {
    const probe = (auth: AuthFlow, token: string) => auth.probe(ep.url, token);

    it('a valid token: the server answers 400 (not an upgrade): handshake-refused, once a streak', async () => {
      const auth = flow();
      const token = await ep.token('alice');
      expect(await probe(auth, token)).to.equal('handshake-refused');
      expect(await probe(auth, token)).to.equal('retry');
      auth.forget();
      expect(await probe(auth, token)).to.equal('handshake-refused');
      expect((await ep.stats()).probes).to.be.at.least(3);
    });

    it('a revoked, wrongly signed or expired token: 401, refused', async () => {
      const revoked = await ep.token('alice');
      await ep.revokeToken(revoked);
      for (const token of [revoked, await ep.token('bob', { wrongSecret: true }), await ep.token('carol', { expired: true })]) {
        expect(await probe(flow(), token)).to.deep.equal({ code: 401, reason: 'refused' });
      }
    });

    it('a disabled account: 403, forbidden', async () => {
      const token = await ep.token('alice');
      await ep.disableUser('alice');
      expect(await probe(flow(), token)).to.deep.equal({ code: 403, reason: 'forbidden' });
    });

    it('no answer (CORS refuses the page, or the server is down) proves nothing: retry', async () => {
      const blind = await startEndpoint({ corsOrigins: [] });
      try {
        expect(await flow().probe(blind.url, await blind.token('alice'))).to.equal('retry');
      } finally {
        await blind.close();
      }
      const token = await ep.token('alice');
      await ep.stop();
      expect(await probe(flow(), token)).to.equal('retry');
    });
  });

  describe('after a refusal: fresh()', () => {
    it('asks once a streak for a different token; the same one again is no fresh token', async () => {
      const [first, second] = [await ep.token('alice'), await ep.token('alice')];
      const given = [second, second];
      sources = { tokenProvider: () => given.shift() ?? null };
      const auth = flow();
      expect(await auth.fresh(first)).to.equal(second);
      expect(auth.refusedToken).to.equal(first);
      // Asked already this streak: null at once (no promise), nothing asked.
      expect(auth.fresh(second)).to.equal(null);
      expect(given).to.have.length(1);
      auth.forget();
      expect(await auth.fresh(first)).to.equal(second);
      auth.forget();
      sources = { tokenProvider: () => first };
      expect(await auth.fresh(first)).to.equal(null);
    });

    it('a provider that throws gives no fresh token', async () => {
      sources = {
        tokenProvider: () => {
          throw new Error('no session');
        },
      };
      expect(await flow().fresh(await ep.token('alice'))).to.equal(null);
    });
  });

  describe('another tab changed the stored token: storageChanged()', () => {
    it('removed: gone; a new one: new; the one refused again, or another key: nothing', async () => {
      const [refused, next] = [await ep.token('alice'), await ep.token('alice')];
      const auth = flow();
      localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token: refused }, version: 0 }));
      await auth.fresh(refused);
      expect(auth.storageChanged('streamspace-auth')).to.equal(null);
      expect(auth.storageChanged('unrelated')).to.equal(null);
      localStorage.setItem('streamspace_token', next);
      localStorage.removeItem('streamspace-auth');
      expect(auth.storageChanged('streamspace-auth')).to.equal('new');
      localStorage.clear();
      expect(auth.storageChanged(null)).to.equal('gone');
    });

    it('an explicit token or a provider wins over storage: nothing', async () => {
      sources = { token: await ep.token('alice') };
      expect(flow().storageChanged('streamspace-auth')).to.equal(null);
      sources = { tokenProvider: () => null };
      expect(flow().storageChanged(null)).to.equal(null);
    });
  });
});
