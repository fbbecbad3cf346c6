import { createContext } from 'react';
import type { StreamSpaceEnterpriseWs } from '../elements/enterprise-ws/enterprise-ws.js';

/**
 * The `<streamspace-enterprise-ws>` an `EnterpriseWebSocketProvider` rendered: `null` until
 * it is mounted (and on the server), `undefined` outside any provider.
 */
export const EnterpriseWebSocketContext = createContext<StreamSpaceEnterpriseWs | null | undefined>(undefined);
