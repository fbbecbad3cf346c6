// Mounts the StreamSpace-like endpoint (demo/server/endpoint.ts: JWT check before the
// upgrade, Go-style batched frames) on the test server's own origin, at the path the
// element uses by default, so the plain-HTML example runs unchanged: no `url` attribute,
// token from localStorage, like a page served by StreamSpace itself.
// Browser tests drive it with executeServerCommand:
//   'frameworks-endpoint-token'   { user }           -> a valid JWT for that user
//   'frameworks-endpoint-send'    { user, messages } -> connections reached (messages sent in one tick share a frame)
//   'frameworks-endpoint-clients' { user }           -> that user's open connections
import { createStreamSpaceEndpoint, withOwnOrigin } from '../../demo/server/endpoint.ts';

export function sameOriginEndpointPlugin() {
  // Like a deployment that lists the UI's origin in ALLOWED_WEBSOCKET_ORIGIN_1 (the server's own
  // origin is not allowed by default).
  const endpoint = createStreamSpaceEndpoint({ allowedOrigins: withOwnOrigin() });
  let detach = () => {};
  return {
    name: 'streamspace-same-origin-endpoint',
    serverStart({ server, app }) {
      detach = endpoint.attach(server);
      // The element's auth probe: a plain GET on the endpoint path.
      app.use(async (context, next) => {
        if (endpoint.handleRequest(context.req, context.res)) context.respond = false;
        else await next();
      });
    },
    async serverStop() {
      detach();
      await endpoint.close();
    },
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'frameworks-endpoint-token':
          return endpoint.issueToken(payload.user);
        case 'frameworks-endpoint-send':
          return Math.max(0, ...payload.messages.map((message) => endpoint.sendToUser(payload.user, message)));
        case 'frameworks-endpoint-clients':
          return endpoint.clientCount(payload.user);
        default:
          return undefined;
      }
    },
  };
}
