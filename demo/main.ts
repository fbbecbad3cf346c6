// The live demo (index.html): sign in, store the token as StreamSpace does, connect, and show
// what the elements do against the local StreamSpace-like endpoint.
import '../src/index.js';
// Every shipped language, for the demo's language select.
import '../src/translations/ar.js';
import '../src/translations/de.js';
import '../src/translations/es.js';
import '../src/translations/fr.js';
import '../src/translations/ja.js';
import '../src/translations/pt-BR.js';
import { bindControls } from './controls.js';
import { signIn } from './demo-api.js';
import { EventLog } from './event-log.js';
import { bindStatePanel } from './state-panel.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const ws = byId<HTMLElementTagNameMap['streamspace-enterprise-ws']>('ws');
const stack = byId<HTMLElementTagNameMap['streamspace-toast-stack']>('toasts');

const log = new EventLog(byId<HTMLOListElement>('log'));
log.listenTo(document);
byId('clear-log').addEventListener('click', () => log.clear());

bindStatePanel(ws, {
  state: byId('state'),
  attempts: byId('attempts'),
  nextRetry: byId('next-retry'),
  lastClose: byId('last-close'),
  problem: byId('problem'),
  received: byId('received'),
  signIn: byId('sign-in'),
  sharing: byId('sharing'),
  userSockets: byId('user-sockets'),
});
bindControls(ws, stack);

signIn().then(
  () => ws.connect(),
  (error: unknown) => log.add('invalid', 'demo', `Could not get a demo token: ${String(error)}`),
);
