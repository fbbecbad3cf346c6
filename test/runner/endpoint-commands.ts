// web-test-runner plugin exposing the StreamSpace-like endpoint (demo/server) to browser tests
// through `executeServerCommand('streamspace-endpoint-*', payload)`; see test/endpoint-client.ts.
// Each `start` creates an isolated endpoint on its own loopback port.
import type { Server } from 'node:http';
import { WebSocket } from 'ws';
import { BROADCAST_METHODS, createStreamSpaceEndpoint, type StreamSpaceEndpoint } from '../../demo/server/endpoint.js';
import type * as T from './endpoint-commands.types.js';
import { DemoMount } from '../demo/demo-mount.js';

interface CommandArgs {
  command: string;
  payload?: unknown;
}

interface ServerStartArgs {
  config: { port?: number; hostname?: string };
  server?: Server;
}

type Handler = (payload: never) => unknown;

export function endpointCommandsPlugin() {
  const endpoints = new Map<string, StreamSpaceEndpoint>();
  const urls = new Map<string, string>();
  // Per endpoint: what each user's clients sent, and when each of the user's sockets was registered.
  const received = new Map<string, Map<string, string[]>>();
  const opened = new Map<string, Map<string, number[]>>();
  const record = <T>(table: Map<string, Map<string, T[]>>, id: string, userId: string, value: T) => {
    const byUser = table.get(id) ?? table.set(id, new Map()).get(id)!;
    (byUser.get(userId) ?? byUser.set(userId, []).get(userId)!).push(value);
  };
  let pageOrigins: string[] = [];
  let nextId = 0;
  // The live demo's endpoint and API on this server's own origin (test/demo), mounted on request.
  const demo = new DemoMount();

  const endpoint = ({ id }: T.EndpointRef): StreamSpaceEndpoint => {
    const found = endpoints.get(id);
    if (!found) throw new Error(`No StreamSpace endpoint "${id}" (closed already?)`);
    return found;
  };

  const handlers: Record<string, Handler> = {
    async 'streamspace-endpoint-start'(payload: T.EndpointStartPayload): Promise<T.EndpointStartResult> {
      // The test page's origins are allowed unless the test says otherwise; CORS lets the page read
      // the auth probe's answer even when the WebSocket allow-list refuses it (a real deployment's
      // API answers its UI), unless the test sets `corsOrigins` (e.g. [] for a probe CORS blocks).
      const id = `endpoint-${++nextId}`;
      const created = createStreamSpaceEndpoint({
        ...payload,
        allowedOrigins: payload.allowedOrigins ?? pageOrigins,
        corsOrigins: payload.corsOrigins ?? pageOrigins,
        onClientMessage: (userId, data) => record(received, id, userId, data),
        log: (line) => {
          const registered = /^client registered: .* \(user: (.*)\)$/.exec(line);
          if (registered) record(opened, id, registered[1]!, Date.now());
        },
      });
      const { url, httpUrl } = await created.listen(0);
      endpoints.set(id, created);
      urls.set(id, url);
      return { id, url, httpUrl };
    },
    async 'streamspace-endpoint-token'(payload: T.EndpointTokenPayload) {
      const { userId, ...options } = payload;
      return { token: await endpoint(payload).issueToken(userId, options) };
    },
    'streamspace-endpoint-broadcast'(payload: T.EndpointBroadcastPayload): T.DeliveredResult {
      if (!BROADCAST_METHODS.includes(payload.method)) throw new Error(`Unknown broadcast method ${payload.method}`);
      const send = endpoint(payload)[payload.method] as (...args: unknown[]) => number;
      return { delivered: send(...payload.args) };
    },
    'streamspace-endpoint-send'(payload: T.EndpointSendPayload): T.DeliveredResult {
      const target = endpoint(payload);
      const { userId, message } = payload;
      return { delivered: userId === null ? target.broadcastToAll(message) : target.sendToUser(userId, message) };
    },
    'streamspace-endpoint-burst'(payload: T.EndpointBurstPayload): T.DeliveredResult {
      const target = endpoint(payload);
      const send = (message: T.WireMessage) =>
        payload.userId === null ? target.broadcastToAll(message) : target.sendToUser(payload.userId, message);
      return { delivered: payload.messages.reduce((sum, message) => sum + send(message), 0) };
    },
    'streamspace-endpoint-raw'(payload: T.EndpointRawPayload): T.DeliveredResult {
      return { delivered: endpoint(payload).sendRawFrame(payload.userId ?? null, payload.frame) };
    },
    'streamspace-endpoint-drop'(payload: T.EndpointDropPayload): T.CountResult {
      return { count: endpoint(payload).dropAll({ code: payload.code, reason: payload.reason }) };
    },
    'streamspace-endpoint-stall'(payload: T.EndpointStallPayload) {
      endpoint(payload).stallWrites(payload.stalled);
      return {};
    },
    async 'streamspace-endpoint-idle'(payload: T.EndpointRef) {
      await endpoint(payload).whenIdle();
      return {};
    },
    'streamspace-endpoint-revoke'(payload: T.EndpointRevokePayload) {
      if ('token' in payload) endpoint(payload).revokeToken(payload.token);
      else endpoint(payload).revokeUser(payload.userId);
      return {};
    },
    'streamspace-endpoint-disable'(payload: T.EndpointDisablePayload) {
      endpoint(payload).disableUser(payload.userId, payload.disabled);
      return {};
    },
    'streamspace-endpoint-origins'(payload: T.EndpointOriginsPayload) {
      endpoint(payload).setAllowedOrigins(payload.allowedOrigins ?? pageOrigins);
      return {};
    },
    'streamspace-endpoint-stats'(payload: T.EndpointRef): T.EndpointStats {
      return endpoint(payload).stats();
    },
    'streamspace-endpoint-received'(payload: T.EndpointUserPayload): T.ListResult<string> {
      endpoint(payload);
      return { items: received.get(payload.id)?.get(payload.userId) ?? [] };
    },
    'streamspace-endpoint-opened'(payload: T.EndpointUserPayload): T.ListResult<number> {
      endpoint(payload);
      return { items: opened.get(payload.id)?.get(payload.userId) ?? [] };
    },
    'streamspace-endpoint-clients'(payload: T.EndpointClientsPayload): T.CountResult {
      return { count: endpoint(payload).clientCount(payload.userId ?? null) };
    },
    async 'streamspace-endpoint-stop'(payload: T.EndpointRef) {
      await endpoint(payload).stop();
      return {};
    },
    async 'streamspace-endpoint-restart'(payload: T.EndpointRef) {
      await endpoint(payload).restart();
      return {};
    },
    'streamspace-endpoint-origin-probe'(payload: T.EndpointOriginProbePayload): Promise<T.StatusResult> {
      endpoint(payload);
      return probeUpgrade(`${urls.get(payload.id)}?token=${encodeURIComponent(payload.token)}`, payload.origin, payload.authorization);
    },
    'streamspace-demo-mount'() {
      demo.mount();
      return {};
    },
    async 'streamspace-demo-unmount'() {
      await demo.unmount();
      return {};
    },
    async 'streamspace-endpoint-close'(payload: T.EndpointRef) {
      const found = endpoints.get(payload.id);
      endpoints.delete(payload.id);
      urls.delete(payload.id);
      received.delete(payload.id);
      opened.delete(payload.id);
      await found?.close();
      return {};
    },
  };

  return {
    name: 'streamspace-endpoint-commands',
    serverStart({ config, server }: ServerStartArgs) {
      demo.setServer(server);
      const port = config.port ?? 8000;
      pageOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
      if (config.hostname) pageOrigins.push(`http://${config.hostname}:${port}`);
    },
    async serverStop() {
      await Promise.all([...endpoints.values()].map((each) => each.close()));
      endpoints.clear();
      await demo.unmount();
    },
    executeCommand({ command, payload }: CommandArgs) {
      const handler = handlers[command];
      return handler ? handler(payload as never) : undefined;
    },
  };
}

/** Opens a real upgrade with the given Origin and reports the status the server answered. */
function probeUpgrade(url: string, origin: string, authorization?: string): Promise<T.StatusResult> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin, headers: authorization ? { authorization } : {} });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      const done = () => {
        resolve({ status: response.statusCode ?? 0, body });
        socket.terminate();
      };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', done);
      response.on('error', done);
      response.on('close', done);
    });
    socket.once('open', () => {
      resolve({ status: 101 });
      socket.terminate();
    });
    socket.once('error', (error) => reject(error));
  });
}
