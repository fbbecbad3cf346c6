// (c) The baseline: one WebSocket, split lines, JSON.parse, one bubbling CustomEvent per message.
import { onFrame } from './baseline-handler.js';
import { bench } from './harness.js';

let socket = null;

bench.connect = (url, token) =>
  new Promise((resolve, reject) => {
    socket = new WebSocket(`${url}?token=${encodeURIComponent(token)}`);
    socket.addEventListener('message', onFrame);
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('raw WebSocket failed to open')), { once: true });
  });

bench.disconnect = () => {
  socket?.close();
  socket = null;
};
