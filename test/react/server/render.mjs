// Server rendering of ./react in Node (no DOM), as the built package ships it: prints
// `{version, html}` as JSON. Run by the `streamspace-react-ssr` test-server command
// (react-ssr-command.mjs), which bundles it with the React 18 aliases for React 18.
// Any read of `window` while importing or rendering throws.
Object.defineProperty(globalThis, 'window', {
  configurable: true,
  get() {
    throw new Error('window was read on the server');
  },
});

const { createElement: h, version } = await import('react');
const { renderToString } = await import('react-dom/server');
const streamspace = await import('../../../dist/react.js');
const {
  default: Provider,
  ConnectionStatus,
  NotificationCenter,
  ToastStack,
  useConnectionStatus,
  useEnterpriseWebSocket,
  useNotifications,
  useSecurityAlertEvents,
  useWebSocketEvent,
} = streamspace;

function Status() {
  const { isConnected, reconnectAttempts, lastMessage } = useEnterpriseWebSocket({ onMessage: () => {} });
  const { state, reason } = useConnectionStatus();
  const { entries, unreadCount } = useNotifications();
  useSecurityAlertEvents(() => {});
  useWebSocketEvent('custom.event', () => {});
  return h(
    'p',
    { className: 'status' },
    `${isConnected ? 'Connected' : 'Disconnected'} ${reconnectAttempts} ${lastMessage === null} ${state} ${reason} ${entries.length} ${unreadCount}`,
  );
}

const html = renderToString(
  h(
    Provider,
    { enableNotifications: false, url: 'wss://streamspace.example/api/v1/ws/enterprise', token: 'server.secret.token', share: false },
    h(ToastStack, { position: 'top-left', maxVisible: 2, id: 'toasts', onToastShow: () => {} }),
    h(NotificationCenter, { placement: 'bottom-start', className: 'bell' }),
    h(ConnectionStatus, { compact: true, 'aria-label': 'Connection' }),
    h(Status),
  ),
);
// Hooks outside any provider render too (they do nothing until mounted).
const bare = renderToString(h(Status));
process.stdout.write(JSON.stringify({ version, html, bare }));
