import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { StreamSpaceConnection } from '../connection/connection.js';
import { streamspaceConnectionContext } from './context.js';

/**
 * Where a controller gets its connection: the one it was given, else the nearest
 * `<streamspace-enterprise-ws>` ancestor's, through context (re-bound when it changes).
 */
export function consumeConnection(
  host: ReactiveControllerHost & HTMLElement,
  given: StreamSpaceConnection | undefined,
  bind: (connection: StreamSpaceConnection | undefined) => void,
): void {
  if (given) {
    bind(given);
    return;
  }
  new ContextConsumer(host, {
    context: streamspaceConnectionContext,
    subscribe: true,
    callback: (connection) => bind(connection),
  });
}
