// A portal that draws its own UI: the Lit-free `streamspace-enterprise-ws/connection` entry.
// Type-checked (not run) by consumer-check.mjs against the packed tarball.
import {
  StreamSpaceConnection,
  parseFrame,
  type ConnectionState,
  type SecurityAlertData,
  type StreamSpaceMessage,
} from 'streamspace-enterprise-ws/connection';

const connection = new StreamSpaceConnection({ url: 'wss://streamspace.example.com/api/v1/ws/enterprise', token: 'jwt' });
connection.addEventListener('security.alert', (event) => {
  const data: SecurityAlertData = event.detail.data;
  return data.severity;
});
connection.addEventListener('streamspace-reconnecting', (event) => event.detail.attempt + event.detail.delay);
// @ts-expect-error a close has no `attempt`
connection.addEventListener('streamspace-close', (event) => event.detail.attempt);
const unsubscribe: () => void = connection.subscribe((message: StreamSpaceMessage) => message.type);
const state: ConnectionState = connection.state;
const open: boolean = connection.connected;
connection.connect();
const sent: boolean = connection.send({ type: 'ping' });
const parsed = parseFrame('{"type":"node.health","data":{}}');
// @ts-expect-error the entry has no elements
import('streamspace-enterprise-ws/connection').then((m) => m.StreamSpaceEnterpriseWs);

void [unsubscribe, state, open, sent, parsed];
