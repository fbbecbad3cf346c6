import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { StreamSpaceNotificationCenter } from '../../src/elements/notification-center/notification-center.js';
import { type MockEndpoint, startMockEndpoint } from '../helpers/mock-server.js';

const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** An unsigned JWT for `sub` (the client only decodes it, to name the user's storage). */
export const jwt = (sub: string) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub })}.c2ln`;

let users = 0;
/** A user no other test used: its IndexedDB history starts empty. */
export const freshUser = () => `center-${Date.now().toString(36)}-${++users}`;

let sequence = 0;
/** A security alert stamped `secondsAgo` before now, with nanoseconds that make it unique. */
export function alert(message: string, severity = 'high', secondsAgo = 0) {
  const at = new Date(Date.now() - secondsAgo * 1000).toISOString().slice(0, 23);
  return { type: 'security.alert', timestamp: `${at}${String(++sequence).padStart(6, '0')}Z`, data: { alert_type: 'failed_login', severity, message } };
}

export function message(type: string, data: Record<string, unknown>, secondsAgo = 0) {
  const at = new Date(Date.now() - secondsAgo * 1000).toISOString().slice(0, 23);
  return { type, timestamp: `${at}${String(++sequence).padStart(6, '0')}Z`, data };
}

export interface Mounted {
  endpoint: MockEndpoint;
  ws: StreamSpaceEnterpriseWs;
  center: StreamSpaceNotificationCenter;
  user: string;
  /** Sends messages as one frame; resolves when the center lists `expected` entries. */
  send(messages: object[], expected?: number): Promise<void>;
}

/** A connection element (toasts off unless asked) and a center beside it, connected to a mock endpoint. */
export async function mount(
  options: { storage?: string; desktop?: string; notifications?: string; center?: string; user?: string } = {},
): Promise<Mounted> {
  const endpoint = startMockEndpoint();
  const user = options.user ?? freshUser();
  const container = await fixture<HTMLDivElement>(html`<div>
    <streamspace-enterprise-ws
      url=${endpoint.url}
      notifications=${options.notifications ?? 'false'}
      history-storage=${options.storage ?? 'session'}
      desktop-notifications=${options.desktop ?? 'off'}
      .token=${jwt(user)}
    ></streamspace-enterprise-ws>
  </div>`);
  if (options.center !== undefined) container.insertAdjacentHTML('beforeend', options.center);
  else container.append(document.createElement('streamspace-notification-center'));
  const ws = container.querySelector('streamspace-enterprise-ws')!;
  const center = container.querySelector('streamspace-notification-center')!;
  await waitUntil(() => ws.state === 'open', 'never opened');
  await waitUntil(() => ws.history && center.connectionElement === ws, 'the center never found its connection');
  const send = async (messages: object[], expected?: number) => {
    const before = center.entries.length;
    endpoint.server.emit('message', messages.map((m) => JSON.stringify(m)).join('\n'));
    const count = expected ?? before + messages.length;
    await waitUntil(() => center.entries.length === count, `expected ${count} entries, have ${center.entries.length}`);
    await center.updateComplete;
  };
  return { endpoint, ws, center, user, send };
}

export const part = <T extends Element = HTMLElement>(center: StreamSpaceNotificationCenter, name: string): T | null =>
  center.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

export const parts = <T extends Element = HTMLElement>(center: StreamSpaceNotificationCenter, name: string): T[] => [
  ...center.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];

export const bell = (center: StreamSpaceNotificationCenter) => part<HTMLButtonElement>(center, 'bell')!;
export const panel = (center: StreamSpaceNotificationCenter) => part(center, 'panel')!;
export const isOpen = (center: StreamSpaceNotificationCenter) => panel(center).matches(':popover-open');
export const titles = (center: StreamSpaceNotificationCenter) =>
  parts(center, 'message').map((node) => node.textContent!.trim());

/** Opens the panel and waits until it is rendered and focused. */
export async function open(center: StreamSpaceNotificationCenter): Promise<void> {
  center.show();
  await waitUntil(() => isOpen(center) && part(center, 'heading'), 'the panel never opened');
  await center.updateComplete;
  await listFilled(center);
  // The opening fade: colours (and axe's contrast checks) are final once it ends.
  await Promise.all(panel(center).getAnimations().map((animation) => animation.finished));
}

/** The list fills up a few entries a frame: resolves once it has stopped growing. */
export async function listFilled(center: StreamSpaceNotificationCenter): Promise<void> {
  for (let still = 0, last = -1; still < 3; ) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const count = parts(center, 'entry').length;
    still = count === last ? still + 1 : 0;
    last = count;
  }
}
