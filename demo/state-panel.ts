import type { StreamSpaceEnterpriseWs } from '../src/index.js';
import { authFailedNotice } from '../src/toast/connection-notices.js';
import { demoStatus, userSockets } from './demo-api.js';

export interface StatePanelOutputs {
  state: HTMLElement;
  attempts: HTMLElement;
  nextRetry: HTMLElement;
  lastClose: HTMLElement;
  /** Why the element stopped or keeps failing: the auth-failed reason, or handshake-refused. */
  problem: HTMLElement;
  received: HTMLElement;
  signIn: HTMLButtonElement;
  /** Which part this tab plays in sharing the socket with the user's other tabs. */
  sharing: HTMLElement;
  /** How many sockets the endpoint holds for the demo user (all of this browser's tabs together). */
  userSockets: HTMLElement;
}

/** The server's deliberate faults (demo controls), as the problem line names them after a reload. */
export const SERVER_PROBLEM_TEXT: Record<string, string> = {
  'wrong-origin': 'server: this origin is not in its allow-list (“Fix the server” to recover)',
  'disable-account': 'server: the demo account is disabled (“Fix the server” to recover)',
};

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
  // After a reload the server may still be broken on purpose: say so until the element finds out.
  void demoStatus().then((status) => {
    const problems = status?.problems ?? [];
    if (problems.length && out.problem.textContent === '—') out.problem.textContent = problems.map((p) => SERVER_PROBLEM_TEXT[p] ?? p).join('; ');
  });

  const render = () => {
    out.state.textContent = ws.state;
    out.state.dataset.state = ws.state;
    out.attempts.textContent = String(ws.reconnectAttempts);
    out.signIn.disabled = ws.state !== 'unauthenticated';
    const next = ws.nextReconnectAt;
    out.nextRetry.textContent = next === null ? '—' : `in ${Math.max(0, (next - Date.now()) / 1000).toFixed(1)} s`;
  };

  ws.addEventListener('streamspace-state', render);
  ws.addEventListener('streamspace-reconnecting', render);
  ws.addEventListener('streamspace-close', (event) => {
    const { code, reason, wasClean } = event.detail;
    out.lastClose.textContent = `${code}${reason ? ` “${reason}”` : ''}${wasClean ? '' : ' (abnormal)'}`;
  });
  ws.addEventListener('streamspace-auth-failed', (event) => {
    const { reason, code } = event.detail;
    out.problem.textContent = `${reason} (${code}): ${authFailedNotice(reason).title}`;
  });
  ws.addEventListener('streamspace-error', (event) => {
    if (event.detail.reason === 'handshake-refused') out.problem.textContent = 'handshake-refused: the token is fine, the server refuses the connection';
  });
  ws.addEventListener('streamspace-open', () => (out.problem.textContent = '—'));
  ws.addEventListener('streamspace-message', () => {
    received += 1;
    out.received.textContent = received.toLocaleString();
  });
  setInterval(() => {
    if (ws.nextReconnectAt !== null) render();
  }, 100);
  // The leader changes without an event on purpose (a handover is invisible), so the panel
  // looks every second, while the page is visible, at the role and at the server's count.
  const renderTabs = async () => {
    if (document.hidden) return;
    out.sharing.textContent = SHARING_TEXT[ws.sharing] ?? ws.sharing;
    const sockets = await userSockets();
    if (sockets !== null) out.userSockets.textContent = String(sockets);
  };
  setInterval(() => void renderTabs(), 1000);
  void renderTabs();
  render();
}
