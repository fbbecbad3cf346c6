// The messages the bench sends: the shapes of PROTOCOL.md's known types, with a Go
// `time.Time` timestamp, cycling so that toasts-on pages see a realistic mix.

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

function goTimestamp(i: number): string {
  // Nine fractional digits, as Go writes them.
  return `2025-11-15T10:30:00.${String(123456789 + i).padStart(9, '0').slice(-9)}Z`;
}

/** The i-th message of a throughput run, as one JSON line. */
export function mixedMessage(i: number): string {
  const timestamp = goTimestamp(i);
  switch (i % 6) {
    case 0:
      return JSON.stringify({ type: 'webhook.delivery', timestamp, data: { webhook_id: i % 17, delivery_id: i, status: 'success' } });
    case 1:
      return JSON.stringify({
        type: 'security.alert',
        timestamp,
        data: { alert_type: 'failed_login', severity: SEVERITIES[i % 4], message: `Failed login for user-${i % 50}` },
      });
    case 2:
      return JSON.stringify({ type: 'schedule.event', timestamp, data: { schedule_id: i % 23, event: 'started', session_id: `s-${i}` } });
    case 3:
      return JSON.stringify({
        type: 'node.health',
        timestamp,
        data: { node_name: `node-${i % 8}`, health_status: 'degraded', cpu_percent: 91.5, memory_percent: 72.25 },
      });
    case 4:
      return JSON.stringify({ type: 'scaling.event', timestamp, data: { policy_id: i % 5, action: 'scale_up', result: 'success' } });
    default:
      return JSON.stringify({ type: 'compliance.violation', timestamp, data: { violation_id: i, policy_id: i % 9, severity: SEVERITIES[i % 4] } });
  }
}

/** The i-th alert of a burst. */
export function securityAlert(i: number): { alertType: string; severity: string; message: string } {
  return { alertType: i % 2 ? 'failed_login' : 'mfa_failed', severity: SEVERITIES[i % 4]!, message: `Alert ${i}: suspicious sign-in` };
}

/**
 * `count` messages as text frames: one message per frame, or newline-batched the way
 * the backend writes a client's queued messages into one frame.
 */
export function buildFrames(count: number, perFrame: number): string[] {
  const frames: string[] = [];
  for (let start = 0; start < count; start += perFrame) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(count, start + perFrame); i++) lines.push(mixedMessage(i));
    frames.push(lines.join('\n'));
  }
  return frames;
}
