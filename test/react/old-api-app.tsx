// The old StreamSpace UI's provider and hooks, used as its code uses them; only the import
// path changed (it was '../components/EnterpriseWebSocketProvider' and
// '../hooks/useEnterpriseWebSocket'). test/react/old-api.suite.ts runs it in React 18 and 19.
import { useState } from 'react';
import EnterpriseWebSocketProvider, {
  useEnterpriseWebSocket,
  useSecurityAlertEvents,
  useWebSocketEvent,
} from 'streamspace-enterprise-ws/react';

function SecurityDashboard() {
  const [alerts, setAlerts] = useState<any[]>([]);
  useSecurityAlertEvents((data) => setAlerts((prev) => [...prev, data]));
  return (
    <ul aria-label="Security alerts">
      {alerts.map((alert, index) => (
        <li key={index}>
          {alert.severity}: {alert.message}
        </li>
      ))}
    </ul>
  );
}

function ConnectionIndicator() {
  const { isConnected, reconnectAttempts, sendMessage } = useEnterpriseWebSocket();
  return (
    <div>
      <span className="status">{isConnected ? 'Connected' : 'Disconnected'}</span>
      {reconnectAttempts > 0 && <span className="attempts">{`Reconnecting... (${reconnectAttempts})`}</span>}
      <button onClick={() => sendMessage({ type: 'ping', source: 'fixture' })}>Ping</button>
    </div>
  );
}

function CustomEvents() {
  const [received, setReceived] = useState<string[]>([]);
  useWebSocketEvent('custom.event', (data) => setReceived((prev) => [...prev, String(data.note)]));
  return <output>{received.join(',')}</output>;
}

/** Endpoint and token as props: the test endpoint is on its own port. */
export interface AppProps {
  url: string;
  token: string;
}

export function App({ url, token }: AppProps) {
  return (
    <EnterpriseWebSocketProvider enableNotifications={true} url={url} token={token} reconnectInterval={50} maxReconnectDelay={200}>
      <ConnectionIndicator />
      <SecurityDashboard />
      <CustomEvents />
    </EnterpriseWebSocketProvider>
  );
}
