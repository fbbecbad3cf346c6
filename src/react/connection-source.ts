import { useContext, useEffect, useState } from 'react';
import type { StreamSpaceConnection } from '../connection/connection.js';
import type { ConnectionOptions } from '../connection/options.js';
import type { StreamSpaceEnterpriseWs } from '../elements/enterprise-ws/enterprise-ws.js';
import { EnterpriseWebSocketContext } from './context.js';
import { acquireSharedConnection, releaseSharedConnection } from './shared-connection.js';

/** Where a hook's connection comes from: an element (which also has the history), or the shared one. */
export type ConnectionSource = StreamSpaceEnterpriseWs | StreamSpaceConnection;

export const connectionOf = (source: ConnectionSource | null): StreamSpaceConnection | null =>
  source && 'connection' in source ? source.connection : source;

/**
 * A hook's connection: the provider's element; outside a provider, the page's
 * `<streamspace-enterprise-ws>` if it has one, else the page's shared connection. Null
 * until mounted (nothing happens during render or on the server).
 */
export function useConnectionSource(options: Partial<ConnectionOptions> = {}): ConnectionSource | null {
  const provided = useContext(EnterpriseWebSocketContext);
  const [found, setFound] = useState<ConnectionSource | null>(null);
  const outside = provided === undefined;
  useEffect(() => {
    if (!outside) return;
    const element = document.querySelector('streamspace-enterprise-ws');
    if (element) {
      setFound(element);
      return;
    }
    const connection = acquireSharedConnection(definedOptions(options));
    setFound(connection);
    return () => releaseSharedConnection(connection);
    // Options configure the shared connection once per mount, as the old hook read them once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outside]);
  return outside ? found : provided;
}

function definedOptions(options: Partial<ConnectionOptions>): Partial<ConnectionOptions> {
  const defined: Partial<Record<keyof ConnectionOptions, unknown>> = {};
  for (const key of ['url', 'token', 'tokenProvider', 'autoReconnect', 'reconnectInterval', 'maxReconnectAttempts'] as const) {
    if (options[key] !== undefined) defined[key] = options[key];
  }
  return defined as Partial<ConnectionOptions>;
}
