// The handler (c) and (d) share: split lines, JSON.parse, one bubbling CustomEvent per message.
const sink = document.getElementById('sink');

export function onFrame(event) {
  for (const line of event.data.split('\n')) {
    const message = JSON.parse(line);
    sink.dispatchEvent(new CustomEvent('streamspace-message', { bubbles: true, composed: true, detail: message }));
  }
}
