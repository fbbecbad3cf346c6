import { useEffect, useRef, useState } from 'react';
// Defines the elements. Import it before rendering: React 19 sets a prop as a property only
// on a defined element (else as an attribute, which would put the token in the DOM).
import 'streamspace-enterprise-ws';
import type { ConnectionState, SecurityAlertData, StreamSpaceEnterpriseWs } from 'streamspace-enterprise-ws';

export interface SecurityAlertsProps {
  /** Defaults to `ws(s)://{location.host}/api/v1/ws/enterprise`. */
  url?: string;
  token: string;
}

/** A live list of security alerts, with toasts for every StreamSpace event. */
export function SecurityAlerts({ url, token }: SecurityAlertsProps) {
  const socket = useRef<StreamSpaceEnterpriseWs>(null);
  const [state, setState] = useState<ConnectionState>('idle');
  const [alerts, setAlerts] = useState<SecurityAlertData[]>([]);

  // A dotted event name cannot be written as a JSX prop, so listen through the ref.
  useEffect(() => {
    const element = socket.current;
    if (!element) return;
    const onAlert = (event: GlobalEventHandlersEventMap['security.alert']) =>
      setAlerts((list) => [...list, event.detail.data]);
    element.addEventListener('security.alert', onAlert);
    return () => element.removeEventListener('security.alert', onAlert);
  }, []);

  return (
    <section aria-label="Security alerts">
      <streamspace-enterprise-ws
        ref={socket}
        url={url}
        token={token}
        onstreamspace-state={(event) => setState(event.detail.state)}
      >
        <streamspace-toast-stack position="top-right" maxVisible={3}></streamspace-toast-stack>
      </streamspace-enterprise-ws>
      <p>
        Connection: <output>{state}</output>
      </p>
      <button type="button" onClick={() => socket.current?.reconnect()}>
        Reconnect now
      </button>
      <ul>
        {alerts.map((alert, index) => (
          <li key={index}>
            {alert.severity}: {alert.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
