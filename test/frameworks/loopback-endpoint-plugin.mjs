// A minimal StreamSpace-like endpoint on the test server's own origin, at the path
// the element uses by default (`/api/v1/ws/enterprise`), so the plain-HTML example
// runs unchanged: no `url` attribute, token from localStorage, like a page served
// by StreamSpace itself. Browser tests drive it with executeServerCommand:
//   'frameworks-endpoint-send'    { frame }  -> number of clients that got it
//   'frameworks-endpoint-clients'            -> open connections, with the token each used
import { WebSocketServer } from 'ws';

export const ENDPOINT_PATH = '/api/v1/ws/enterprise';
/** The only token this endpoint accepts (any other is refused before the upgrade, as the real server does). */
export const ENDPOINT_TOKEN = 'frameworks-test-token';

const WELCOME = JSON.stringify({
  type: 'connection',
  timestamp: new Date(0).toISOString(),
  data: { status: 'connected', message: 'Enterprise WebSocket connected' },
});

export function loopbackEndpointPlugin() {
  const wss = new WebSocketServer({ noServer: true });
  const tokens = new Map();
  wss.on('connection', (socket, request) => {
    tokens.set(socket, new URL(request.url, 'http://localhost').searchParams.get('token'));
    socket.on('close', () => tokens.delete(socket));
    socket.send(WELCOME);
  });

  return {
    name: 'streamspace-loopback-endpoint',
    serverStart({ server }) {
      server.on('upgrade', (request, socket, head) => {
        const url = new URL(request.url, 'http://localhost');
        if (url.pathname !== ENDPOINT_PATH) return;
        if (url.searchParams.get('token') !== ENDPOINT_TOKEN) {
          socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
          return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      });
    },
    serverStop() {
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
    executeCommand({ command, payload }) {
      if (command === 'frameworks-endpoint-send') {
        for (const socket of wss.clients) socket.send(payload.frame);
        return wss.clients.size;
      }
      if (command === 'frameworks-endpoint-clients') return [...tokens.values()];
      return undefined;
    },
  };
}
