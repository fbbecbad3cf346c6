import { expect } from '@open-wc/testing';
import { startEndpoint, type TestEndpoint } from '../endpoint-client.js';
import { SocketRecorder } from './socket-recorder.js';

// Go's time.RFC3339Nano: up to nine fractional digits (zeros trimmed), `Z` or a numeric offset.
const GO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

describe('endpoint: messages', () => {
  let endpoint: TestEndpoint;
  const open: SocketRecorder[] = [];

  async function connect(userId: string): Promise<SocketRecorder> {
    const recorder = new SocketRecorder(endpoint.urlWithToken(await endpoint.token(userId)));
    open.push(recorder);
    await recorder.untilType('connection');
    return recorder;
  }

  beforeEach(async () => {
    endpoint = await startEndpoint();
  });
  afterEach(async () => {
    for (const recorder of open.splice(0)) recorder.close();
    await endpoint.close();
  });

  it('greets a new connection with the welcome message and a Go timestamp', async () => {
    const alice = await connect('alice');
    const [welcome] = alice.messages;
    expect(welcome!.type).to.equal('connection');
    expect(welcome!.data).to.deep.equal({ message: 'Enterprise WebSocket connected', status: 'connected' });
    expect(welcome!.timestamp).to.match(GO_TIMESTAMP);
  });

  it('writes timestamps in the server time zone as Go does (numeric offset)', async () => {
    await endpoint.close();
    endpoint = await startEndpoint({ utcOffsetMinutes: 60 });
    const alice = await connect('alice');
    expect(alice.messages[0]!.timestamp).to.match(GO_TIMESTAMP).and.match(/\+01:00$/);
  });

  it('writes a burst queued at once as ONE frame of newline-separated messages', async () => {
    const alice = await connect('alice');
    const messages = [1, 2, 3, 4, 5].map((n) => ({ type: 'security.alert', data: { alert_type: 'failed_login', n } }));
    await endpoint.burst('alice', messages);
    await alice.untilMessages(6);
    const frame = alice.frames.at(-1)!;
    expect(frame.split('\n')).to.have.length(5);
    expect(() => JSON.parse(frame)).to.throw();
    expect(alice.messages.slice(1).map((message) => message.data?.n)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('sends per-user events only to that user, on every connection of theirs', async () => {
    const aliceTab1 = await connect('alice');
    const aliceTab2 = await connect('alice');
    const bob = await connect('bob');
    expect(await endpoint.broadcast('broadcastSecurityAlert', 'alice', 'mfa_failed', 'high', 'MFA failed')).to.equal(2);
    // Ordered delivery: once bob has the later to-all event, he would already have any earlier one.
    await endpoint.broadcast('broadcastScalingEvent', 7, 'scale_up', 'success');
    await bob.untilType('scaling.event');
    expect(bob.messages.map((message) => message.type)).to.deep.equal(['connection', 'scaling.event']);
    for (const tab of [aliceTab1, aliceTab2]) {
      const alert = await tab.untilType('security.alert');
      expect(alert.data).to.deep.equal({ alert_type: 'mfa_failed', message: 'MFA failed', severity: 'high' });
    }
  });

  it('sends admin events to everyone, with the fields the Go helpers use', async () => {
    const alice = await connect('alice');
    const bob = await connect('bob');
    expect(await endpoint.broadcast('broadcastNodeHealthUpdate', 'worker-01', 'degraded', 91.5, 67.25)).to.equal(2);
    for (const recorder of [alice, bob]) {
      const health = await recorder.untilType('node.health');
      expect(health.data).to.deep.equal({
        cpu_percent: 91.5,
        health_status: 'degraded',
        memory_percent: 67.25,
        node_name: 'worker-01',
      });
      expect(health.timestamp).to.match(GO_TIMESTAMP);
    }
  });

  it('delivers every helper type with its documented data', async () => {
    const alice = await connect('alice');
    await endpoint.broadcast('broadcastWebhookDelivery', 'alice', 12, 345, 'retrying');
    await endpoint.broadcast('broadcastScheduledSessionEvent', 'alice', 9, 'started', 'alice-firefox-abc');
    await endpoint.broadcast('broadcastComplianceViolation', 'alice', 4, 2, 'critical');
    await alice.untilMessages(4);
    expect(alice.messages.slice(1).map(({ type, data }) => ({ type, data }))).to.deep.equal([
      { type: 'webhook.delivery', data: { delivery_id: 345, status: 'retrying', webhook_id: 12 } },
      { type: 'schedule.event', data: { event: 'started', schedule_id: 9, session_id: 'alice-firefox-abc' } },
      { type: 'compliance.violation', data: { policy_id: 2, severity: 'critical', violation_id: 4 } },
    ]);
  });

  it('broadcasts a compliance violation without a user to everyone', async () => {
    const bob = await connect('bob');
    expect(await endpoint.broadcast('broadcastComplianceViolation', '', 5, 3, 'high')).to.equal(1);
    expect((await bob.untilType('compliance.violation')).data).to.include({ violation_id: 5 });
  });

  it('escapes HTML characters as Go json.Marshal does, and they parse back to text', async () => {
    const alice = await connect('alice');
    await endpoint.broadcast('broadcastSecurityAlert', 'alice', 'failed_login', 'low', '<img src=x onerror=alert(1)> & co');
    const alert = await alice.untilType('security.alert');
    expect(alice.frames.at(-1)).to.include('\\u003cimg src=x onerror=alert(1)\\u003e \\u0026 co');
    expect(alert.data?.message).to.equal('<img src=x onerror=alert(1)> & co');
  });

  it('writes a raw frame verbatim, for malformed-input tests', async () => {
    const alice = await connect('alice');
    const frame = '{"type":"a.b","data":{}}\nnot json\n';
    const before = alice.frames.length;
    expect(await endpoint.raw(frame, 'alice')).to.equal(1);
    await alice.untilFrames(before + 1);
    expect(alice.frames.at(-1)).to.equal(frame);
  });

  it('reads and discards what the client sends', async () => {
    const alice = await connect('alice');
    alice.socket.send('{"type":"subscribe"}');
    alice.socket.send('not json at all');
    await endpoint.broadcast('broadcastScalingEvent', 1, 'scale_down', 'success');
    await alice.untilType('scaling.event');
    expect(alice.socket.readyState).to.equal(WebSocket.OPEN);
  });
});
