// (c) The baseline: one WebSocket, split lines, JSON.parse, one bubbling CustomEvent per message.
import { bench } from './harness.js';

const sink = document.getElementById('sink');
let socket = null;

function onFrame(event) {
  for (const line of event.data.split('\n')) {
    const message = JSON.parse(line);
    sink.dispatchEvent(new CustomEvent('streamspace-message', { bubbles: true, composed: true, detail: message }));
  }
}

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
