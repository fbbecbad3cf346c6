// (d) The peer: partysocket's ReconnectingWebSocket with the baseline's handler.
import ReconnectingWebSocket from '/node_modules/partysocket/dist/ws.js';
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
  new Promise((resolve) => {
    socket = new ReconnectingWebSocket(`${url}?token=${encodeURIComponent(token)}`);
    socket.addEventListener('message', onFrame);
    socket.addEventListener('open', () => resolve(), { once: true });
  });

bench.disconnect = () => {
  socket?.close();
  socket = null;
};
