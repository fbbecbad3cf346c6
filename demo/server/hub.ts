import type { ClientConnection } from './client-connection.js';

/** Every live connection, looked up by user for per-user delivery (the Go `WebSocketHub`). */
export class ClientHub {
  readonly #clients = new Set<ClientConnection>();

  add(client: ClientConnection): void {
    this.#clients.add(client);
  }

  remove(client: ClientConnection): void {
    this.#clients.delete(client);
  }

  /** Connections of one user (every tab), or all when `userId` is null. */
  select(userId: string | null): ClientConnection[] {
    const all = [...this.#clients];
    return userId === null ? all : all.filter((client) => client.userId === userId);
  }

  count(userId: string | null = null): number {
    return this.select(userId).length;
  }
}
