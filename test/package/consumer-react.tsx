// A React app on the packed tarball: the old provider and hooks from
// `streamspace-enterprise-ws/react`, its components, and all four tags in JSX with their
// attributes (the typings `./react` brings). Type-checked (not run) by consumer-check.mjs.
import { useRef, useState } from 'react';
import EnterpriseWebSocketProvider, {
  ConnectionStatus,
  NotificationCenter,
  ToastStack,
  useComplianceViolationEvents,
  useConnectionStatus,
  useEnterpriseWebSocket,
  useNodeHealthEvents,
  useNotifications,
  useScalingEvents,
  useScheduleEvents,
  useSecurityAlertEvents,
  useWebhookDeliveryEvents,
  useWebSocketEvent,
} from 'streamspace-enterprise-ws/react';
import type { SecurityAlertData, StreamSpaceEnterpriseWs } from 'streamspace-enterprise-ws';

export function Dashboard() {
  const [alerts, setAlerts] = useState<SecurityAlertData[]>([]);
  useSecurityAlertEvents((data) => setAlerts((prev) => [...prev, data]));
  useWebhookDeliveryEvents((data) => data.delivery_id);
  useScheduleEvents((data) => data.schedule_id);
  useNodeHealthEvents((data) => data.cpu_percent);
  useScalingEvents((data) => data.policy_id);
  useComplianceViolationEvents((data) => data.violation_id);
  useWebSocketEvent('custom.event', (data) => data.note);
  const { isConnected, lastMessage, sendMessage, reconnectAttempts, state, reconnect, disconnect } = useEnterpriseWebSocket({
    onMessage: (message) => message.type,
    onOpen: () => undefined,
    onClose: (event) => event.detail.code,
    onError: () => undefined,
    autoReconnect: true,
    reconnectInterval: 1000,
    maxReconnectAttempts: 10,
  });
  const sent: boolean = sendMessage({ type: 'ping' });
  const { entries, unreadCount, markRead, markAllRead, remove, clear } = useNotifications();
  const status = useConnectionStatus();
  const nextAt: number | null = status.nextReconnectAt;
  return (
    <div onClick={() => (entries[0] ? markRead(entries[0].id) : markAllRead())} onDoubleClick={() => (remove('x'), clear(), reconnect(), disconnect())}>
      {isConnected ? 'Connected' : `Reconnecting... (${reconnectAttempts})`} {state} {lastMessage?.type} {String(sent)} {unreadCount}{' '}
      {nextAt} {alerts.length}
    </div>
  );
}

export function App({ token }: { token: string }) {
  const socket = useRef<StreamSpaceEnterpriseWs>(null);
  return (
    <>
      <EnterpriseWebSocketProvider enableNotifications={false} token={token} share={false} historyStorage="session" reconnectInterval={1000}>
        <ToastStack position="top-right" maxVisible={3} onToastAction={(event) => event.detail} />
        <NotificationCenter placement="bottom-end" onUnreadChange={(event) => event.detail} />
        <ConnectionStatus compact />
        <Dashboard />
      </EnterpriseWebSocketProvider>
      {/* The four tags, typed by ./react. */}
      <streamspace-enterprise-ws
        ref={socket}
        id="ws"
        url="wss://streamspace.example.com/api/v1/ws/enterprise"
        token={token}
        tokenKey="streamspace-auth"
        autoReconnect
        reconnectInterval={1000}
        maxReconnectAttempts={10}
        maxReconnectDelay={30000}
        share={false}
        notifications
        onstreamspace-state={(event) => event.detail.state}
        onstreamspace-close={(event) => event.detail.code}
      >
        <streamspace-toast-stack position="bottom-left" maxVisible={2} duration={5000} theme="dark" onstreamspace-toast-show={(event) => event.detail} />
      </streamspace-enterprise-ws>
      <streamspace-notification-center htmlFor="ws" placement="bottom-start" theme="light" onstreamspace-unread-change={(event) => event.detail} />
      <streamspace-connection-status htmlFor="ws" compact theme="auto" />
      {/* @ts-expect-error share is a boolean */}
      <streamspace-enterprise-ws share="no" />
    </>
  );
}
