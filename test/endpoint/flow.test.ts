import { expect } from '@open-wc/testing';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { SocketRecorder } from './socket-recorder.js';

const alertNumber = (n: number) => ({ type: 'security.alert', data: { alert_type: 'failed_login', n } });

describe('endpoint: flow control and drops', () => {
  let endpoint: TestEndpoint;
  const open: SocketRecorder[] = [];

  async function connect(userId = 'alice'): Promise<SocketRecorder> {
    const recorder = new SocketRecorder(endpoint.urlWithToken(await endpoint.token(userId)));
    open.push(recorder);
    await recorder.untilType('connection');
    return recorder;
  }

  afterEach(async () => {
    for (const recorder of open.splice(0)) recorder.close();
    await endpoint.close();
  });

  describe('with default timing', () => {
    beforeEach(async () => {
      endpoint = await startEndpoint();
    });

    it('drops per-user messages beyond the 256 buffer silently and keeps the client', async () => {
      const alice = await connect();
      await endpoint.stall(true);
      const delivered = await endpoint.burst('alice', Array.from({ length: 300 }, (_, n) => alertNumber(n)));
      expect(delivered).to.equal(256);
      expect(await endpoint.clients()).to.equal(1);
      await endpoint.stall(false);
      await alice.untilMessages(257);
      await endpoint.send('alice', alertNumber(1000));
      await alice.untilMessages(258);
      expect(alice.messages.slice(1).map((message) => message.data?.n)).to.deep.equal([...Array.from({ length: 256 }, (_, n) => n), 1000]);
      expect(alice.socket.readyState).to.equal(WebSocket.OPEN);
    });

    it('disconnects a client that falls 256 broadcast messages behind (1005), after writing what was queued', async () => {
      const alice = await connect();
      await endpoint.stall(true);
      await endpoint.burst(null, Array.from({ length: 300 }, (_, n) => ({ type: 'node.health', data: { node_name: 'n1', n } })));
      expect(await endpoint.clients()).to.equal(0);
      await endpoint.stall(false);
      const closed = await alice.closed;
      // gorilla writes an empty close frame: no status code.
      expect(closed.code).to.equal(1005);
      const delivered = alice.messages.slice(1).map((message) => message.data?.n);
      expect(delivered).to.deep.equal(Array.from({ length: 256 }, (_, n) => n));
    });

    it('keeps a client that reads, through a burst larger than the buffer', async () => {
      const alice = await connect();
      await endpoint.burst('alice', Array.from({ length: 1000 }, (_, n) => alertNumber(n)));
      await alice.untilMessages(1001);
      expect(alice.frames.length).to.be.greaterThan(1);
      expect(alice.frames.slice(1).every((frame) => frame.split('\n').length <= 256)).to.equal(true);
      expect(await endpoint.clients()).to.equal(1);
    });

    it('drops connections abruptly (1006) or cleanly with a code', async () => {
      const first = await connect();
      expect(await endpoint.drop()).to.equal(1);
      expect((await first.closed).code).to.equal(1006);
      const second = await connect();
      await endpoint.drop(4000, 'maintenance');
      const closed = await second.closed;
      expect([closed.code, closed.reason]).to.deep.equal([4000, 'maintenance']);
    });

    it('while stopped cuts connections and refuses new ones; after restart accepts again', async () => {
      const token = await endpoint.token('alice');
      const before = await connect();
      await endpoint.stop();
      expect((await before.closed).code).to.equal(1006);
      const refused = new SocketRecorder(endpoint.urlWithToken(token));
      expect((await refused.closed).code).to.equal(1006);
      expect(refused.opened).to.equal(false);
      await endpoint.restart();
      const after = new SocketRecorder(endpoint.urlWithToken(token));
      open.push(after);
      await after.untilType('connection');
      expect(await endpoint.clients()).to.equal(1);
    });
  });

  describe('with fast pings', () => {
    beforeEach(async () => {
      // Go's proportions (ping 54 s, deadline 60 s), scaled down with slack for a loaded machine.
      endpoint = await startEndpoint({ pingIntervalMs: 50, pongWaitMs: 400 });
    });

    it('keeps a browser that answers pings connected past many pong deadlines', async () => {
      const alice = await connect();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await endpoint.clients()).to.equal(1);
      expect(alice.socket.readyState).to.equal(WebSocket.OPEN);
    });
  });
});
