import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { BroadcastApi } from './broadcast.js';
import type { OriginAllowList } from './handshake.js';
import type { IssueTokenOptions, TokenSubject } from './jwt.js';

export const ENTERPRISE_WS_PATH = '/api/v1/ws/enterprise';

export interface StreamSpaceEndpointOptions {
  /** HS256 secret; random per endpoint by default (tokens come from `issueToken`). */
  secret?: string | Uint8Array;
  path?: string;
  /**
   * Origins the upgrader accepts (`ALLOWED_WEBSOCKET_ORIGIN_1..3` plus the built-in dev origins);
   * others get 403 before the upgrade. Default `DEFAULT_ALLOWED_ORIGINS`: the server's own
   * origin is NOT allowed unless listed (see `withOwnOrigin`). A request without `Origin` passes.
   */
  allowedOrigins?: OriginAllowList;
  /** Origins the CORS middleware lets read plain responses (the auth probe). Default: `allowedOrigins`. */
  corsOrigins?: OriginAllowList;
  pingIntervalMs?: number;
  pongWaitMs?: number;
  sendBufferSize?: number;
  /** Offset of the timestamps' time zone (Go uses the server's local zone); 0 writes `Z`. */
  utcOffsetMinutes?: number;
  /** Host for `listen()`; loopback by default. */
  host?: string;
  /** Connection log lines, like the Go hub's; never includes a token. */
  log?: (line: string) => void;
  /** Sees what clients send (the backend reads and discards it): for tests. */
  onClientMessage?: (userId: string, data: string) => void;
}

export interface EndpointStats {
  handshakes: number;
  probes: number;
}

export interface ListenInfo {
  port: number;
  /** `ws://host:port/api/v1/ws/enterprise` */
  url: string;
  /** The same path over HTTP, for auth probes. */
  httpUrl: string;
}

export interface StreamSpaceEndpoint extends BroadcastApi {
  readonly path: string;
  /** False between `stop()` and `restart()`. */
  readonly running: boolean;
  issueToken(userId: string, options?: IssueTokenOptions): Promise<string>;
  verifyToken(token: string): Promise<TokenSubject | null>;
  revokeToken(token: string): void;
  revokeUser(userId: string): void;
  /** Writes `text` as one frame, exactly as given, to a user's connections or to all (`null`). */
  sendRawFrame(userId: string | null, text: string): number;
  /** Disables (or enables again) an account: its valid tokens then get 403. Live sockets stay until dropped. */
  disableUser(userId: string, disabled?: boolean): void;
  /** Replaces the origin allow-list (and, when given, the CORS list); live sockets stay until dropped. */
  setAllowedOrigins(origins: OriginAllowList, corsOrigins?: OriginAllowList | null): void;
  /** Upgrade requests (handshakes) and plain requests (auth probes) received on the path so far. */
  stats(): EndpointStats;
  /** For an existing server's `upgrade` event; `false` when the path is not ours. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** For an existing server's requests (auth probes); `false` when the path is not ours. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  /** Handles upgrades on `server`; returns the detach function. */
  attach(server: Server): () => void;
  /** Serves the endpoint alone on its own port (0: any free port). */
  listen(port?: number): Promise<ListenInfo>;
  clientCount(userId?: string | null): number;
  /** Drops every connection: with `code` a clean close, else abruptly (1006). */
  dropAll(options?: { code?: number; reason?: string }): number;
  /** Simulates clients that stopped reading: writes wait, queues fill up. */
  stallWrites(stalled: boolean): void;
  /** Resolves once every queued message has been handed to the sockets. */
  whenIdle(): Promise<void>;
  /** Server down: connections cut, new ones refused (the browser sees 1006). */
  stop(): Promise<void>;
  /** Server up again, on the same port when standalone. */
  restart(): Promise<ListenInfo | null>;
  close(): Promise<void>;
}
