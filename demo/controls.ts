import type { StreamSpaceEnterpriseWs, StreamSpaceToastStack } from '../src/index.js';
import { control, demoStatus, signIn } from './demo-api.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const CONTROL_STATUS: Record<string, string> = {
  drop: 'Connection dropped abruptly (1006): watch the element reconnect.',
  stop: 'Endpoint stopped: connections cut and refused. Watch the backoff and the reconnect toast.',
  restart: 'Endpoint restarted: the next retry connects.',
  'expire-token': 'Session revoked server-side: the token is refused with 401 before the upgrade.',
  'wrong-origin':
    'The server now allows only https://portal.example.com: handshakes get 403 (the browser sees 1006), the probe says the token is fine (400), so the element keeps backing off and reports handshake-refused. "Fix the server" to recover.',
  'disable-account': 'Account disabled: the probe answers 403, the element stops with reason "forbidden". "Fix the server" to recover.',
  'slow-client':
    'The server stopped writing to this client and queued 300 broadcasts: past its 256-message buffer the hub closes it (1005). The element reconnects.',
  'fix-server': 'Allow-list restored and account enabled: reconnecting now.',
};

const TOKEN_STATUS: Record<string, string> = {
  unusable: 'Stored a token holding "--" (the server\'s input validation refuses it): not sent, reason "unusable". "Sign in again" to recover.',
  expired: 'Stored an expired token: not sent, reason "expired". "Sign in again" to recover.',
};

/** Wires the page's buttons and selects to the dev server's demo API and to the elements. */
export function bindControls(ws: StreamSpaceEnterpriseWs, stack: StreamSpaceToastStack): void {
  const status = byId<HTMLParagraphElement>('server-status');
  const run = (action: () => Promise<unknown>, done?: string) => {
    action().then(
      () => done && (status.textContent = done),
      (error: unknown) => (status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-fire]')) {
    button.addEventListener('click', () => run(() => control('fire', { type: button.dataset.fire! })));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-control]')) {
    const route = button.dataset.control!;
    // A fixed server is worth trying at once: the element may have stopped (account disabled) or be mid-backoff.
    const action = route === 'fix-server' ? () => control(route).then(() => ws.reconnect()) : () => control(route);
    button.addEventListener('click', () => run(action, CONTROL_STATUS[route]));
  }
  // After a reload, the status line says what the server is still doing wrong on purpose.
  void demoStatus().then((server) => {
    const problems = server?.problems ?? [];
    if (problems.length && !status.textContent) status.textContent = problems.map((p) => CONTROL_STATUS[p]).join(' ');
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-token]')) {
    const kind = button.dataset.token as 'expired' | 'unusable';
    button.addEventListener('click', () =>
      run(async () => {
        await signIn(kind);
        ws.reconnect();
      }, TOKEN_STATUS[kind]),
    );
  }
  byId('burst').addEventListener('click', () => run(() => control('burst', { count: '1000' }), 'Queued 1,000 alerts: batched frames of up to 256 lines.'));
  byId('malformed').addEventListener('click', () => run(() => control('malformed')));

  const scenario = byId<HTMLInputElement>('scenario');
  const syncScenario = () => run(() => control('scenario', { running: String(scenario.checked) }));
  scenario.addEventListener('change', syncScenario);
  syncScenario();

  byId('reconnect').addEventListener('click', () => ws.reconnect());
  byId('disconnect').addEventListener('click', () => ws.disconnect());
  byId('sign-in').addEventListener('click', () =>
    run(async () => {
      await signIn();
      ws.reconnect();
    }, 'Signed in again with a fresh token.'),
  );

  const position = byId<HTMLSelectElement>('position');
  position.addEventListener('change', () => (stack.position = position.value as StreamSpaceToastStack['position']));
  const theme = byId<HTMLSelectElement>('theme');
  const pill = document.querySelector('streamspace-connection-status');
  theme.addEventListener('change', () => {
    stack.theme = theme.value as StreamSpaceToastStack['theme'];
    if (pill) pill.theme = stack.theme;
  });
  const notifications = byId<HTMLInputElement>('notifications');
  notifications.addEventListener('change', () => (ws.notifications = notifications.checked));
  // The elements follow <html lang> (docs/localization.md); Arabic reads right to left by itself.
  const language = byId<HTMLSelectElement>('language');
  language.addEventListener('change', () => (document.documentElement.lang = language.value));
}
