import type { SecuritySeverity, StreamSpaceMessage } from '../protocol/messages.js';
import { clip, field, humanize } from './format-text.js';
import { defaultPriority } from './toast-fields.js';
import type { ToastOptions, ToastSeverity } from './types.js';

/** Turns a server message into a toast, or null to stay silent. */
export type MessageFormatter = (message: StreamSpaceMessage) => ToastOptions | null;

/** What a formatter remembers between messages: nodes whose trouble it reported. */
export interface FormatMemory {
  troubledNodes: Set<string>;
}

/** Enough for any cluster; the oldest names are forgotten first. */
const MAX_REMEMBERED_NODES = 1000;

const SECURITY_LEVELS: readonly SecuritySeverity[] = ['low', 'medium', 'high', 'critical'];
const securityLevel = (value: unknown): SecuritySeverity =>
  SECURITY_LEVELS.includes(value as SecuritySeverity) ? (value as SecuritySeverity) : 'medium';

type Data = Record<string, unknown>;

/**
 * The default toast for a server message (DESIGN.md "Toasts from events"):
 *
 * - `webhook.delivery`: success / failed (error) / retrying (warning), one toast per
 *   `delivery_id` (id `webhook-delivery-<id>`), so "retrying" turns into the outcome.
 * - `security.alert`: error for high and critical, else warning; priority is the
 *   alert's severity; critical ones stay until dismissed.
 * - `schedule.event`: started (info), completed (success), failed (error), one toast
 *   per `schedule_id` (id `schedule-<id>`).
 * - `node.health`: unhealthy (error), degraded (warning), one toast per `node_name`
 *   (id `node-health-<name>`). Healthy is silent, except that with `memory` a node
 *   reported in trouble earlier turns its toast into "recovered" (success).
 * - `scaling.event`: success, or error with the server's error text.
 * - `compliance.violation`: info / warning / error for low / medium / high+critical,
 *   one toast per `violation_id`; critical ones stay until dismissed.
 * - `connection` (the server's welcome) and unknown types or statuses: null.
 *
 * Server text stays plain text, one line, capped (title 80, message 300 characters).
 */
export function formatMessage(message: StreamSpaceMessage, memory?: FormatMemory): ToastOptions | null {
  const data: Data = message?.data && typeof message.data === 'object' ? message.data : {};
  switch (message?.type) {
    case 'webhook.delivery':
      return webhookDelivery(data);
    case 'security.alert':
      return securityAlert(data);
    case 'schedule.event':
      return scheduleEvent(data);
    case 'node.health':
      return nodeHealth(data, memory);
    case 'scaling.event':
      return scalingEvent(data);
    case 'compliance.violation':
      return complianceViolation(data);
    default:
      return null;
  }
}

/** A `formatMessage` with its own memory, so recovered nodes are announced. */
export function createFormatter(): MessageFormatter {
  const memory: FormatMemory = { troubledNodes: new Set() };
  return (message) => formatMessage(message, memory);
}

/**
 * One toast; `id` '' means none (identical ones then merge into "×N"). The priority
 * follows the severity unless given; critical ones wait for the user rather than vanish.
 */
function toast(
  id: string,
  severity: ToastSeverity,
  title: string,
  message: string,
  priority: SecuritySeverity = defaultPriority(severity),
): ToastOptions {
  return { ...(id && { id }), severity, priority, title, message, ...(priority === 'critical' && { duration: 0 }) };
}

/** The status's `[severity, title, outcome]` from a table, or undefined (never an inherited key). */
const pick = <T>(table: Record<string, T>, key: unknown): T | undefined =>
  typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;

const WEBHOOK: Record<string, [ToastSeverity, string, string]> = {
  success: ['success', 'Webhook delivered', 'succeeded'],
  failed: ['error', 'Webhook delivery failed', 'failed'],
  retrying: ['warning', 'Retrying webhook delivery', 'failed and is being retried'],
};

function webhookDelivery(data: Data): ToastOptions | null {
  const status = pick(WEBHOOK, data.status);
  if (!status) return null;
  const delivery = field(data, 'delivery_id');
  const webhook = field(data, 'webhook_id');
  const subject = `${delivery ? `Delivery #${delivery}` : 'A delivery'}${webhook ? ` to webhook #${webhook}` : ''}`;
  return toast(delivery && `webhook-delivery-${delivery}`, status[0], status[1], `${subject} ${status[2]}.`);
}

function securityAlert(data: Data): ToastOptions {
  const level = securityLevel(data.severity);
  const kind = humanize(data.alert_type);
  return toast(
    '',
    level === 'high' || level === 'critical' ? 'error' : 'warning',
    clip(kind ? `Security alert: ${kind}` : 'Security alert', 80),
    clip(data.message, 300) || 'A security event needs your attention.',
    level,
  );
}

const SCHEDULE: Record<string, [ToastSeverity, string, string]> = {
  started: ['info', 'started', 'started'],
  completed: ['success', 'completed', 'completed'],
  failed: ['error', 'failed', 'failed'],
};

function scheduleEvent(data: Data): ToastOptions | null {
  const event = pick(SCHEDULE, data.event);
  if (!event) return null;
  const schedule = field(data, 'schedule_id');
  const session = field(data, 'session_id');
  const what = data.event === 'started' ? ` ${session ? `session ${session}` : 'a session'}` : '';
  return toast(
    schedule && `schedule-${schedule}`,
    event[0],
    `Scheduled session ${event[1]}`,
    `${schedule ? `Schedule #${schedule}` : 'A schedule'} ${event[2]}${what}.`,
  );
}

const NODE: Record<string, [ToastSeverity, string, string]> = {
  unhealthy: ['error', 'unhealthy', 'unhealthy'],
  degraded: ['warning', 'degraded', 'degraded'],
  healthy: ['success', 'recovered', 'healthy again'],
};

function nodeHealth(data: Data, memory?: FormatMemory): ToastOptions | null {
  const state = pick(NODE, data.health_status);
  const name = field(data, 'node_name');
  const nodes = memory?.troubledNodes;
  if (!state) return null;
  if (state[0] === 'success') {
    // Only news when this node's trouble was reported: then its toast turns green.
    if (!name || !nodes?.delete(name)) return null;
  } else if (nodes && name) {
    // Most recently troubled last; the oldest names are forgotten first.
    nodes.delete(name);
    nodes.add(name);
    if (nodes.size > MAX_REMEMBERED_NODES) nodes.delete(nodes.values().next().value!);
  }
  const load = (['cpu', 'memory'] as const)
    .filter((key) => Number.isFinite(data[`${key}_percent`]))
    .map((key) => `${key === 'cpu' ? 'CPU' : key} ${Math.round(data[`${key}_percent`] as number)}%`)
    .join(', ');
  return toast(
    name && `node-health-${name}`,
    state[0],
    `Node ${state[1]}`,
    `${name ? `Node ${name}` : 'A node'} is ${state[2]}${load && ` (${load})`}.`,
  );
}

function scalingEvent(data: Data): ToastOptions | null {
  const policy = field(data, 'policy_id');
  const subject = `${humanize(data.action) || 'Scaling'}${policy ? ` (policy ${policy})` : ''}`;
  if (data.result === 'success') return toast('', 'success', 'Scaling succeeded', `${subject} succeeded.`);
  // Anything else is the server's error text.
  const error = clip(data.result, 200);
  return error ? toast('', 'error', 'Scaling failed', clip(`${subject} failed: ${error}`, 300)) : null;
}

function complianceViolation(data: Data): ToastOptions {
  const level = securityLevel(data.severity);
  const policy = field(data, 'policy_id');
  const violation = field(data, 'violation_id');
  const what = policy ? `Policy ${policy} was violated` : 'A compliance policy was violated';
  return toast(
    violation && `compliance-${violation}`,
    level === 'low' ? 'info' : level === 'medium' ? 'warning' : 'error',
    'Compliance violation',
    `${what}${violation ? ` (violation #${violation})` : ''}.`,
    level,
  );
}
