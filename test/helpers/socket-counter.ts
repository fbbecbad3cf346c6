// Counts the WebSockets the page creates, per endpoint: a handshake the client started, whether
// or not it reached the server (a stopped server refuses the TCP connection itself).

export interface SocketCounter {
  /** Sockets created so far whose URL starts with `prefix`. */
  count(prefix: string): number;
  restore(): void;
}

export function countSockets(): SocketCounter {
  const original = window.WebSocket;
  const urls: string[] = [];
  window.WebSocket = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof WebSocket>, newTarget) {
      urls.push(String(args[0]));
      return Reflect.construct(target, args, newTarget) as WebSocket;
    },
  });
  return {
    count: (prefix) => urls.filter((url) => url.startsWith(prefix)).length,
    restore: () => {
      window.WebSocket = original;
    },
  };
}
