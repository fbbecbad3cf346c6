// Plain JavaScript beside the drop-in script: no framework, no build step.
const socket = document.querySelector('streamspace-enterprise-ws');
const stateOutput = document.getElementById('state');
const alertList = document.getElementById('alerts');

stateOutput.textContent = socket.state;
socket.addEventListener('streamspace-state', (event) => {
  stateOutput.textContent = event.detail.state;
});

// Events bubble and are composed, so a listener on the document hears them too.
document.addEventListener('security.alert', (event) => {
  const { severity, message } = event.detail.data;
  const item = document.createElement('li');
  item.textContent = `${severity}: ${message}`; // server text as text, never HTML
  alertList.append(item);
});
