import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { createBroadcastApi } from './broadcast.js';
import { ClientConnection, type ConnectionTiming } from './client-connection.js';
import { SEND_BUFFER_SIZE } from './client-writer.js';
import {
  DEFAULT_ALLOWED_ORIGINS,
  answerPlainRequest,
  checkRequest,
  isOriginAllowed,
  refuseUpgrade,
} from './handshake.js';
import { ClientHub } from './hub.js';
import { TokenAuthority, type TokenSubject } from './jwt.js';
import { encodeWireMessage, type WireMessage } from './wire-message.js';
import {
  ENTERPRISE_WS_PATH,
  type ListenInfo,
  type StreamSpaceEndpoint,
  type StreamSpaceEndpointOptions,
} from './endpoint-types.js';

export * from './endpoint-types.js';
export type { BroadcastApi, BroadcastMethod } from './broadcast.js';
export { BROADCAST_METHODS } from './broadcast.js';
export type { IssueTokenOptions } from './jwt.js';
export type { WireMessage } from './wire-message.js';
export { formatGoTime } from './go-time.js';
export { DEFAULT_ALLOWED_ORIGINS, withOwnOrigin, validateQueryValue } from './handshake.js';
export type { OriginAllowList } from './handshake.js';

export function createStreamSpaceEndpoint(options: StreamSpaceEndpointOptions = {}): StreamSpaceEndpoint {
  const path = options.path ?? ENTERPRISE_WS_PATH;
  let allowList = options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  let corsOrigins = options.corsOrigins ?? null;
  const stats = { handshakes: 0, probes: 0 };
  const timing: ConnectionTiming = {
    pingIntervalMs: options.pingIntervalMs ?? 54_000,
    pongWaitMs: options.pongWaitMs ?? 60_000,
    sendBufferSize: options.sendBufferSize ?? SEND_BUFFER_SIZE,
  };
  const log = options.log ?? (() => {});
  const tokens = new TokenAuthority(options.secret);
  const hub = new ClientHub();
  // Every open socket, including those already out of the hub but still writing their queue.
  const live = new Set<ClientConnection>();
  // gorilla's upgrader: no compression; the server never tracks clients itself.
  const sockets = new WebSocketServer({ noServer: true, clientTracking: false, perMessageDeflate: false });
  let running = true;
  let stalled = false;
  let standalone: { server: Server; port: number } | null = null;

  const ownPath = (request: IncomingMessage): URL | null => {
    const url = new URL(request.url ?? '/', 'http://endpoint.invalid');
    return url.pathname === path ? url : null;
  };

  const accept = (socket: WebSocket, subject: TokenSubject): void => {
    const client = new ClientConnection(
      socket,
      subject.userId,
      timing,
      (gone) => {
        hub.remove(gone);
        log(`client unregistered: ${gone.id}`);
      },
      options.onClientMessage && ((data) => options.onClientMessage!(subject.userId, data)),
    );
    if (stalled) client.writer.stall(true);
    live.add(client);
    socket.once('close', () => live.delete(client));
    hub.add(client);
    log(`client registered: ${client.id} (user: ${client.userId})`);
    client.writer.enqueue(
      encodeWireMessage(
        { type: 'connection', data: { status: 'connected', message: 'Enterprise WebSocket connected' } },
        options.utcOffsetMinutes,
      ),
    );
  };

  // Per-user messages overflowing a full buffer are dropped silently; broadcast ones end the client.
  const deliver = (userId: string | null, message: WireMessage): number => {
    const line = encodeWireMessage(message, options.utcOffsetMinutes);
    return hub.select(userId).filter((client) => client.writer.enqueue(line, userId !== null)).length;
  };

  const handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const url = ownPath(request);
    if (!url) return false;
    socket.on('error', () => socket.destroy());
    if (!running) {
      socket.destroy();
      return true;
    }
    stats.handshakes += 1;
    checkRequest(request, url, tokens, true).then(
      (result) => {
        if (socket.destroyed) return;
        // Stopped while the token was being checked: refused like any other connection now.
        if (!running) return socket.destroy();
        // Validation answers with its JSON; the auth middleware aborts upgrades with a bare status.
        if (!result.ok) return refuseUpgrade(socket, result.status, result.status === 400 ? JSON.stringify(result.body) : '');
        // Then the upgrader's CheckOrigin (CSWSH protection).
        if (!isOriginAllowed(request, allowList)) return refuseUpgrade(socket, 403, 'Forbidden\n');
        sockets.handleUpgrade(request, socket, head, (ws) => accept(ws, result.subject));
      },
      () => socket.destroy(),
    );
    return true;
  };

  const handleRequest = (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = ownPath(request);
    if (!url) return false;
    if (!running) {
      request.socket.destroy();
    } else {
      if (request.method !== 'OPTIONS') stats.probes += 1;
      void answerPlainRequest(request, response, url, tokens, corsOrigins ?? allowList);
    }
    return true;
  };

  const listenInfo = (port: number): ListenInfo => {
    const host = options.host ?? '127.0.0.1';
    const origin = `${host.includes(':') ? `[${host}]` : host}:${port}${path}`;
    return { port, url: `ws://${origin}`, httpUrl: `http://${origin}` };
  };

  const listenOn = (port: number): Promise<ListenInfo> => {
    const server = createServer((request, response) => {
      if (!handleRequest(request, response)) response.writeHead(404).end();
    });
    server.on('upgrade', (request, socket, head) => {
      if (!handleUpgrade(request, socket, head)) socket.destroy();
    });
    const host = options.host ?? '127.0.0.1';
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        const bound = (server.address() as AddressInfo).port;
        standalone = { server, port: bound };
        resolve(listenInfo(bound));
      });
    });
  };

  const closeStandalone = async (): Promise<void> => {
    const server = standalone?.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };

  const dropAll = (dropOptions: { code?: number; reason?: string } = {}): number => {
    const clients = [...live];
    for (const client of clients) client.drop(dropOptions.code, dropOptions.reason);
    return clients.length;
  };

  return {
    ...createBroadcastApi(deliver),
    path,
    get running() {
      return running;
    },
    issueToken: (userId, issueOptions) => tokens.issue(userId, issueOptions),
    verifyToken: (token) => tokens.verify(token),
    revokeToken: (token) => tokens.revokeToken(token),
    revokeUser: (userId) => tokens.revokeUser(userId),
    sendRawFrame: (userId, text) => hub.select(userId).filter((client) => client.writer.enqueueRaw(text, userId !== null)).length,
    disableUser: (userId, disabled = true) => tokens.setDisabled(userId, disabled),
    setAllowedOrigins(origins, cors) {
      allowList = origins;
      if (cors !== undefined) corsOrigins = cors;
    },
    stats: () => ({ ...stats }),
    handleUpgrade,
    handleRequest,
    attach(server) {
      const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => handleUpgrade(request, socket, head);
      server.on('upgrade', onUpgrade);
      return () => server.off('upgrade', onUpgrade);
    },
    listen: (port = 0) => listenOn(port),
    clientCount: (userId = null) => hub.count(userId),
    dropAll,
    stallWrites(value) {
      stalled = value;
      for (const client of live) client.writer.stall(value);
    },
    whenIdle: async () => {
      await Promise.all([...live].map((client) => client.writer.whenIdle()));
    },
    async stop() {
      running = false;
      dropAll();
      await closeStandalone();
    },
    async restart() {
      const wasRunning = running;
      running = true;
      if (!standalone) return null;
      return wasRunning ? listenInfo(standalone.port) : listenOn(standalone.port);
    },
    async close() {
      running = false;
      dropAll();
      await closeStandalone();
      standalone = null;
    },
  };
}
