import { StreamSpaceConnection } from '../connection/connection.js';
import type { ConnectionOptions } from '../connection/options.js';

let shared: { connection: StreamSpaceConnection; users: number } | undefined;

/**
 * The connection every hook of a page shares when there is neither a provider nor a
 * `<streamspace-enterprise-ws>` (the old hooks opened one socket each). Counted by
 * reference: the first user connects it, the last one's release closes it.
 */
export function acquireSharedConnection(options: Partial<ConnectionOptions>): StreamSpaceConnection {
  shared ??= { connection: new StreamSpaceConnection(), users: 0 };
  const { connection } = shared;
  shared.users += 1;
  connection.configure(options);
  // A microtask later: effects run child first, so the hook that passes the options (often
  // a parent's) configures the connection before it opens.
  queueMicrotask(() => {
    if (shared?.connection === connection) connection.connect();
  });
  return connection;
}

export function releaseSharedConnection(connection: StreamSpaceConnection): void {
  if (shared?.connection !== connection) return;
  shared.users -= 1;
  // Closed a microtask later: StrictMode's unmount-remount (and a route change that swaps
  // one hook user for another) must not close and reopen the socket.
  queueMicrotask(() => {
    if (shared?.connection !== connection || shared.users > 0) return;
    shared = undefined;
    connection.disconnect();
  });
}
