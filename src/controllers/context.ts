import { createContext } from '@lit/context';
import type { StreamSpaceConnection } from '../connection/connection.js';

/**
 * The connection `<streamspace-enterprise-ws>` provides to its descendants.
 * Keyed by `Symbol.for` so two copies of the bundle on one page still match.
 */
export const streamspaceConnectionContext = createContext<StreamSpaceConnection | undefined>(
  Symbol.for('streamspace-enterprise-ws/connection'),
);
