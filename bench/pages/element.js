// (a), (b), burst and lifecycle: <streamspace-enterprise-ws> from the drop-in IIFE.
import { bench } from './harness.js';

let element = null;

bench.connect = (url, token, { notifications = true } = {}) =>
  new Promise((resolve, reject) => {
    element = document.createElement('streamspace-enterprise-ws');
    element.setAttribute('url', url);
    if (!notifications) element.setAttribute('notifications', 'false');
    element.token = token;
    element.addEventListener('streamspace-open', () => resolve(), { once: true });
    element.addEventListener('streamspace-failed', () => reject(new Error('element gave up connecting')), { once: true });
    element.addEventListener('streamspace-auth-failed', () => reject(new Error('element: token refused')), { once: true });
    document.body.append(element);
  });

bench.disconnect = () => {
  element?.remove();
  element = null;
};

/** `leader`, `follower` or `off` (the tabs scenario). */
bench.sharing = () => element?.sharing ?? null;

/** For error messages: where the element's connection got stuck. */
bench.describe = () =>
  element ? `state ${element.state}, reconnect attempts ${element.reconnectAttempts}` : 'no element';
