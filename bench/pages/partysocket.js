// (d) The peer: partysocket's ReconnectingWebSocket with the baseline's handler.
import ReconnectingWebSocket from '/node_modules/partysocket/dist/ws.js';
import { onFrame } from './baseline-handler.js';
import { bench } from './harness.js';

let socket = null;

bench.connect = (url, token) =>
  new Promise((resolve) => {
    socket = new ReconnectingWebSocket(`${url}?token=${encodeURIComponent(token)}`);
    socket.addEventListener('message', onFrame);
    socket.addEventListener('open', () => resolve(), { once: true });
  });

bench.disconnect = () => {
  socket?.close();
  socket = null;
};
