// A TypeScript app using the packed package by its name, as a customer would. Type-checked
// (not run) by consumer-check.mjs in a fresh project with the tarball installed. The
// `@ts-expect-error` lines fail the check if the package's types become too loose.
import { LitElement, html } from 'lit';
import {
  StreamSpaceConnectionController,
  StreamSpaceEnterpriseWs,
  StreamSpaceEventController,
  StreamSpaceToastStack,
  streamspaceConnectionContext,
  type AuthFailureReason,
  type ConnectionState,
  type SecurityAlertData,
  type StreamSpaceMessage,
  type ToastOptions,
  registerTranslation,
  type Translation,
} from 'streamspace-enterprise-ws';
import de from 'streamspace-enterprise-ws/translations/de';

// Creating the element: the tag name maps to the class.
const socket = document.createElement('streamspace-enterprise-ws');
const typed: StreamSpaceEnterpriseWs = socket;
typed.url = 'wss://streamspace.example.com/api/v1/ws/enterprise';
socket.token = 'jwt';
socket.tokenProvider = async () => 'refreshed-jwt';
socket.tokenKey = 'portal.jwt';
socket.autoReconnect = false;
socket.maxReconnectAttempts = Infinity;
socket.notifications = false;
// @ts-expect-error reconnectInterval is a number
socket.reconnectInterval = '3000';
const state: ConnectionState = socket.state;
const opened: boolean = socket.connected;
const queued: boolean = socket.send({ type: 'ack' });
socket.connect();
socket.reconnect();
socket.disconnect();

// Per-type events: `detail` is the message, `data` typed by its `type`.
socket.addEventListener('security.alert', (event) => {
  const severity: string = event.detail.data.severity;
  const alert: SecurityAlertData = event.detail.data;
  // @ts-expect-error severity is a string
  const wrong: number = event.detail.data.severity;
  void [severity, alert, wrong];
});
socket.addEventListener('node.health', (event) => event.detail.data.cpu_percent.toFixed(1));
socket.addEventListener('webhook.delivery', (event) => event.detail.data.delivery_id + 1);
// Events bubble and are composed: listeners on document are typed too.
document.addEventListener('compliance.violation', (event) => event.detail.data.severity.toUpperCase());
socket.addEventListener('streamspace-message', (event) => {
  const message: StreamSpaceMessage = event.detail;
  return message.timestamp;
});

// Lifecycle events.
socket.addEventListener('streamspace-state', (event) => {
  const next: ConnectionState = event.detail.state;
  const previous: ConnectionState = event.detail.previous;
  void [next, previous];
});
socket.addEventListener('streamspace-reconnecting', (event) => event.detail.attempt + event.detail.delay);
socket.addEventListener('streamspace-close', (event) => event.detail.code === 1006 && event.detail.wasClean);
socket.addEventListener('streamspace-auth-failed', (event) => {
  const reason: AuthFailureReason = event.detail.reason;
  // @ts-expect-error the reason is one of four words
  const wrongReason: 'offline' = event.detail.reason;
  return [event.detail.code, reason, wrongReason];
});
socket.addEventListener('streamspace-failed', (event) => event.detail.reason === 'handshake-refused' && event.detail.attempts);
socket.addEventListener('streamspace-error', (event) => event.detail.reason === 'handshake-refused');
socket.addEventListener('streamspace-invalid-message', (event) => event.detail.sample.length);
// @ts-expect-error a state change has no `attempt`
socket.addEventListener('streamspace-state', (event) => event.detail.attempt);

// The toast stack.
const stack: StreamSpaceToastStack = document.createElement('streamspace-toast-stack');
stack.position = 'top-right';
stack.maxVisible = 5;
const options: ToastOptions = {
  title: 'Export ready',
  message: 'Your report is ready.',
  severity: 'success',
  priority: 'high',
  duration: 0,
  action: { label: 'Open', onClick: (toast) => toast.id },
};
const id: string = stack.show(options);
stack.updateToast(id, { message: 'Opened' });
stack.dismiss(id);
stack.dismissAll();
// @ts-expect-error no such severity
stack.show({ message: 'x', severity: 'fatal' });
// @ts-expect-error a message is required
stack.show({ title: 'x' });
stack.addEventListener('streamspace-toast-dismiss', (event) => event.detail.reason === 'timeout');

// Lit integration: controllers find the nearest <streamspace-enterprise-ws> through context.
class AlertBadge extends LitElement {
  private count = 0;
  private last = '';
  private readonly connection = new StreamSpaceConnectionController(this);
  readonly alerts = new StreamSpaceEventController(this, {
    types: ['security.alert', 'compliance.violation'],
    handler: (message) => {
      // Typed per type: both carry data.severity. Every message of a batch arrives here.
      this.count += 1;
      this.last = message.data.severity;
      this.requestUpdate();
    },
  });

  override render() {
    return html`<span>${this.connection.state}: ${this.count} alerts (last: ${this.last})</span>`;
  }
}
customElements.define('alert-badge', AlertBadge);
const contextKey: typeof streamspaceConnectionContext = streamspaceConnectionContext;

// Languages: a shipped translation is a typed `Translation`; a variant of it registers as one.
const swiss: Translation = { ...de, $code: 'de-CH', center: { ...de.center, clearAll: 'Alle entfernen' } };
registerTranslation(de, swiss);
// @ts-expect-error a translation holds every key
registerTranslation({ $code: 'xx', $name: 'X', $dir: 'ltr' });

void [state, opened, queued, contextKey];
