import type { StreamSpaceEnterpriseWs, StreamSpaceToastStack } from '../src/index.js';
import { control, signIn } from './demo-api.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const CONTROL_STATUS: Record<string, string> = {
  drop: 'Connection dropped abruptly (1006): watch the element reconnect.',
  stop: 'Endpoint stopped: connections cut and refused. Watch the backoff and the reconnect toast.',
  restart: 'Endpoint restarted: the next retry connects.',
  'expire-token': 'Session revoked server-side: the token is refused with 401 before the upgrade.',
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
    button.addEventListener('click', () => run(() => control(route), CONTROL_STATUS[route]));
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
}
