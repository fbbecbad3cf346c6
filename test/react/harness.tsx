// What the React suites render, bundled once per React version by the test server
// (test/runner/react-esm-plugin.mjs, `/__react-harness__/18.js` and `19.js`) so one suite
// runs on both: React 18 cannot be served beside React 19 through bare imports.
import { type ReactNode, StrictMode, useState, version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  ConnectionStatus,
  EnterpriseWebSocketProvider,
  NotificationCenter,
  ToastStack,
  useConnectionStatus,
  useEnterpriseWebSocket,
  useNotifications,
  useSecurityAlertEvents,
  useWebSocketEvent,
} from 'streamspace-enterprise-ws/react';
import { App, type AppProps } from './old-api-app.js';

export { version };

/** Calls made by the fixtures' handlers, for the tests to count. */
export const calls = { alerts: 0, messages: 0, unread: [] as number[], shown: 0 };

export function mount(container: HTMLElement, node: ReactNode, strict = false) {
  const root = createRoot(container);
  flushSync(() => root.render(strict ? <StrictMode>{node}</StrictMode> : node));
  return () => flushSync(() => root.unmount());
}

export const oldApp = (props: AppProps) => <App {...props} />;

/** Hooks with no provider: they share one page connection. */
function Standalone({ url, token }: AppProps) {
  const { isConnected, sendMessage } = useEnterpriseWebSocket({ url, token, onMessage: (message) => {
      if (message.type === 'security.alert') calls.messages += 1;
    }, });
  const status = useConnectionStatus();
  useSecurityAlertEvents(() => (calls.alerts += 1));
  useWebSocketEvent('custom.event', () => {});
  return (
    <p>
      <span className="status">{isConnected ? 'Connected' : 'Disconnected'}</span> <span className="state">{status.state}</span>
      <button onClick={() => sendMessage({ type: 'standalone' })}>Send</button>
    </p>
  );
}

export const standalone = (props: AppProps, copies = 3) => (
  <>
    {Array.from({ length: copies }, (_, index) => (
      <Standalone key={index} {...props} />
    ))}
  </>
);

function Inbox() {
  const { entries, unreadCount, markAllRead, clear } = useNotifications();
  const status = useConnectionStatus();
  return (
    <section>
      <span className="state">{status.state}</span>
      <span className="unread">{unreadCount}</span>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>{entry.title}</li>
        ))}
      </ol>
      <button className="read" onClick={markAllRead}>
        Mark all read
      </button>
      <button className="clear" onClick={clear}>
        Clear
      </button>
    </section>
  );
}

/** The provider with the other elements as components, and the notification hook. */
export function Center({ url, token }: AppProps) {
  const [position, setPosition] = useState<'top-left' | 'bottom-right'>('top-left');
  return (
    <EnterpriseWebSocketProvider url={url} token={token} historyStorage="session" share={false}>
      <ToastStack position={position} maxVisible={2} onToastShow={() => (calls.shown += 1)} />
      <NotificationCenter placement="bottom-start" onUnreadChange={(event) => calls.unread.push(event.detail.count)} />
      <ConnectionStatus compact />
      <button className="move" onClick={() => setPosition('bottom-right')}>
        Move
      </button>
      <Inbox />
    </EnterpriseWebSocketProvider>
  );
}

export const center = (props: AppProps) => <Center {...props} />;
