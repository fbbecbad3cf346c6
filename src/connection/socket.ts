/** What a connection hears from its socket. */
export interface SocketListener {
  open(socket: WebSocket): void;
  message(data: unknown): void;
  error(): void;
  close(event: CloseEvent): void;
}

/**
 * A WebSocket whose events go to `listener`, or null when the URL is invalid: it can never
 * connect, and the error's text would quote the token, so it is dropped.
 */
export function openSocket(url: string, listener: SocketListener): WebSocket | null {
  let socket: WebSocket;
  try {
    socket = new WebSocket(url);
  } catch {
    return null;
  }
  socket.onopen = () => listener.open(socket);
  socket.onmessage = (event: MessageEvent) => listener.message(event.data);
  socket.onerror = () => listener.error();
  socket.onclose = (event: CloseEvent) => listener.close(event);
  return socket;
}

/** Closes `socket` without hearing from it again: its listener is gone first. */
export function dropSocket(socket: WebSocket | null, code: number, reason: string): void {
  if (!socket) return;
  socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
  try {
    socket.close(code, reason);
  } catch {
    // Already closing.
  }
}
