// What a host page writes to consume StreamSpace events: listeners at `document`, nothing else.
document.addEventListener('streamspace-message', (event) => {
  const row = document.createElement('li');
  row.textContent = `${event.detail.type} ${JSON.stringify(event.detail.data)}`;
  document.getElementById('log').prepend(row);
});
document.addEventListener('security.alert', (event) => {
  if (event.detail.data.severity === 'critical') console.warn('Critical security alert:', event.detail.data.message);
});

// Demo only: a real portal already has the StreamSpace token in localStorage.
if (!localStorage.getItem('streamspace-auth')) {
  fetch('/api/demo/token')
    .then((response) => response.json())
    .then(({ token }) => {
      localStorage.setItem('streamspace-auth', JSON.stringify({ state: { token }, version: 0 }));
      document.querySelector('streamspace-enterprise-ws').reconnect();
    });
}
