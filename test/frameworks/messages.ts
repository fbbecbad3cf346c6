// Server messages the framework tests send, as the StreamSpace backend writes them.
export const at = '2025-11-15T10:30:00.123456789Z';

export const welcome = {
  type: 'connection',
  timestamp: at,
  data: { status: 'connected', message: 'Enterprise WebSocket connected' },
};

/** A hostile message text: rendered as text it is harmless; as HTML it would run. */
export const HOSTILE_TEXT = '<img src=x onerror="window.__pwned=1"> 5 failed logins';

export const securityAlert = (severity: string, message: string) => ({
  type: 'security.alert',
  timestamp: at,
  data: { alert_type: 'failed_login', severity, message },
});

export const nodeHealth = {
  type: 'node.health',
  timestamp: at,
  data: { node_name: 'node-1', health_status: 'degraded', cpu_percent: 91.5, memory_percent: 40 },
};

/** Several messages in ONE frame, newline-separated, as the server batches them. */
export const batch = (...messages: object[]) => messages.map((m) => JSON.stringify(m)).join('\n');
