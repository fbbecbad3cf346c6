// (a), (b), burst and lifecycle: <streamspace-enterprise-ws> from the drop-in IIFE.
import { bench } from './harness.js';

let element = null;

let center = null;

bench.connect = (url, token, { notifications = true, center: withCenter = false } = {}) =>
  new Promise((resolve, reject) => {
    element = document.createElement('streamspace-enterprise-ws');
    if (withCenter) {
      // A header bell: from then on every message's toast is also a history entry (IndexedDB).
      center = document.createElement('streamspace-notification-center');
      document.body.prepend(center);
    }
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
  center?.remove();
  center = null;
};

const entryNodes = () => center?.shadowRoot?.querySelectorAll('[part~="entry"]').length ?? 0;
let entrySampling = null;

bench.centerEntries = () => center?.entries.length ?? 0;
bench.centerEntryNodes = entryNodes;
bench.showCenter = async () => {
  center.show();
  while (!center.shadowRoot.querySelector('[part="panel"]:popover-open [part="heading"]')) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
};
bench.startEntrySampling = () => {
  entrySampling = { max: entryNodes(), frame: 0 };
  const tick = () => {
    if (!entrySampling) return;
    entrySampling.max = Math.max(entrySampling.max, entryNodes());
    entrySampling.frame = requestAnimationFrame(tick);
  };
  entrySampling.frame = requestAnimationFrame(tick);
};
bench.stopEntrySampling = () => {
  cancelAnimationFrame(entrySampling.frame);
  const { max } = entrySampling;
  entrySampling = null;
  return max;
};

/** `leader`, `follower` or `off` (the tabs scenario). */
bench.sharing = () => element?.sharing ?? null;

/** For error messages: where the element's connection got stuck. */
bench.describe = () =>
  element ? `state ${element.state}, reconnect attempts ${element.reconnectAttempts}` : 'no element';
