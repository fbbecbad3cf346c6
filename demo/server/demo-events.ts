import type { StreamSpaceEndpoint } from './endpoint-types.js';

/** The one signed-in user of the demo; per-user events go to every tab of theirs. */
export const DEMO_USER = 'demo';

export const DEMO_EVENT_TYPES = [
  'security.alert',
  'webhook.delivery',
  'schedule.event',
  'node.health',
  'scaling.event',
  'compliance.violation',
] as const;

export type DemoEventType = (typeof DEMO_EVENT_TYPES)[number];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;

const ALERTS = [
  ['failed_login', 'medium', 'Three failed sign-ins for demo from 203.0.113.42'],
  ['mfa_failed', 'high', 'Multiple failed MFA attempts detected from 198.51.100.7'],
  ['new_login', 'low', 'New sign-in from Firefox on Linux (Lisbon, PT)'],
  ['api_key_used', 'critical', 'API key "ci-deploy" used from an unknown network'],
] as const;
const WEBHOOK_STATUSES = ['retrying', 'success', 'failed'] as const;
const SCHEDULE_EVENTS = ['started', 'completed', 'failed'] as const;
const NODE_STATES = [
  ['worker-01', 'healthy', 38.5, 52.1],
  ['worker-02', 'degraded', 86.2, 71.4],
  ['worker-03', 'unhealthy', 97.9, 93.3],
] as const;
const SCALING = [
  ['scale_up', 'success'],
  ['scale_down', 'success'],
  ['scale_up', 'quota exceeded: max 12 nodes'],
] as const;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** Fires one realistic event of `type`; `n` varies the content (a counter, a burst index). */
export function fireDemoEvent(endpoint: StreamSpaceEndpoint, type: DemoEventType, n: number): number {
  switch (type) {
    case 'security.alert': {
      const [alertType, severity, message] = pick(ALERTS, n);
      return endpoint.broadcastSecurityAlert(DEMO_USER, alertType, severity, message);
    }
    case 'webhook.delivery':
      return endpoint.broadcastWebhookDelivery(DEMO_USER, 7, 1200 + n, pick(WEBHOOK_STATUSES, n));
    case 'schedule.event':
      return endpoint.broadcastScheduledSessionEvent(DEMO_USER, 12, pick(SCHEDULE_EVENTS, n), `demo-firefox-${n}`);
    case 'node.health': {
      const [node, status, cpu, memory] = pick(NODE_STATES, n);
      return endpoint.broadcastNodeHealthUpdate(node, status, cpu, memory);
    }
    case 'scaling.event': {
      const [action, result] = pick(SCALING, n);
      return endpoint.broadcastScalingEvent(3, action, result);
    }
    case 'compliance.violation':
      return endpoint.broadcastComplianceViolation(DEMO_USER, 880 + n, 5, pick(SEVERITIES, n));
  }
}

/** `count` alerts queued at once: the server writes them as newline-joined frames. */
export function fireBurst(endpoint: StreamSpaceEndpoint, count: number): number {
  let delivered = 0;
  for (let n = 0; n < count; n += 1) {
    const [alertType, severity] = pick(ALERTS, n);
    delivered += endpoint.broadcastSecurityAlert(DEMO_USER, alertType, severity, `Burst alert ${n + 1} of ${count}`);
  }
  return delivered;
}

/** A frame with a bad line between two good ones: the client keeps both neighbours. */
export function fireMalformedFrame(endpoint: StreamSpaceEndpoint): number {
  const good = (message: string) =>
    JSON.stringify({ type: 'security.alert', data: { alert_type: 'demo', severity: 'low', message } });
  return endpoint.sendRawFrame(DEMO_USER, [good('Line 1 of a mixed frame'), '{"type":"click","data":{}}', 'not json', good('Line 4 of a mixed frame')].join('\n'));
}
