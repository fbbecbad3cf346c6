import type { StreamSpaceEnterpriseWs } from '../src/index.js';
import { authFailedNotice } from '../src/toast/connection-notices.js';
import { userSockets } from './demo-api.js';

export interface StatePanelOutputs {
  state: HTMLOutputElement;
  attempts: HTMLOutputElement;
  nextRetry: HTMLOutputElement;
  lastClose: HTMLOutputElement;
  /** Why the element stopped or keeps failing: the auth-failed reason, or handshake-refused. */
  problem: HTMLOutputElement;
  received: HTMLOutputElement;
  signIn: HTMLButtonElement;
  /** Which part this tab plays in sharing the socket with the user's other tabs. */
  sharing: HTMLOutputElement;
  /** How many sockets the endpoint holds for the demo user (all of this browser's tabs together). */
  userSockets: HTMLOutputElement;
}

const SHARING_TEXT: Record<string, string> = {
  leader: 'leader (holds the socket)',
  follower: 'follower',
  off: 'own socket (not sharing)',
};

/**
 * Mirrors the element's read-only state (`state`, `reconnectAttempts`, `nextReconnectAt`) into the
 * Connection panel, driven by its events; a short interval only animates the retry countdown.
 */
export function bindStatePanel(ws: StreamSpaceEnterpriseWs, out: StatePanelOutputs): void {
  let received = 0;

  const render = () => {
    out.state.value = ws.state;
    out.state.dataset.state = ws.state;
    out.attempts.value = String(ws.reconnectAttempts);
    out.signIn.disabled = ws.state !== 'unauthenticated';
    const next = ws.nextReconnectAt;
    out.nextRetry.value = next === null ? '—' : `in ${Math.max(0, (next - Date.now()) / 1000).toFixed(1)} s`;
  };

  ws.addEventListener('streamspace-state', render);
  ws.addEventListener('streamspace-reconnecting', render);
  ws.addEventListener('streamspace-close', (event) => {
    const { code, reason, wasClean } = event.detail;
    out.lastClose.value = `${code}${reason ? ` “${reason}”` : ''}${wasClean ? '' : ' (abnormal)'}`;
  });
  ws.addEventListener('streamspace-auth-failed', (event) => {
    const { reason, code } = event.detail;
    out.problem.value = `${reason} (${code}): ${authFailedNotice(reason).title}`;
  });
  ws.addEventListener('streamspace-error', (event) => {
    if (event.detail.reason === 'handshake-refused') out.problem.value = 'handshake-refused: the token is fine, the server refuses the connection';
  });
  ws.addEventListener('streamspace-open', () => (out.problem.value = '—'));
  ws.addEventListener('streamspace-message', () => {
    received += 1;
    out.received.value = received.toLocaleString();
  });
  setInterval(() => {
    if (ws.nextReconnectAt !== null) render();
  }, 100);
  // The leader changes without an event on purpose (a handover is invisible), so the panel
  // looks every second, while the page is visible, at the role and at the server's count.
  const renderTabs = async () => {
    if (document.hidden) return;
    out.sharing.value = SHARING_TEXT[ws.sharing] ?? ws.sharing;
    const sockets = await userSockets();
    if (sockets !== null) out.userSockets.value = String(sockets);
  };
  setInterval(() => void renderTabs(), 1000);
  void renderTabs();
  render();
}
