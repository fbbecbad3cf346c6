import type { SecuritySeverity, StreamSpaceMessage } from '../protocol/messages.js';
import { MAX_MESSAGE, MAX_TITLE, clip, field, humanize, percent } from './format-text.js';
import type { ToastOptions, ToastPriority, ToastSeverity } from './types.js';

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
  if (!message || typeof message !== 'object') return null;
  const data: Data = message.data && typeof message.data === 'object' ? message.data : {};
  switch (message.type) {
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

/** One toast; `id` '' means none (identical ones then merge into "×N"). */
function toast(
  id: string,
  severity: ToastSeverity,
  priority: ToastPriority,
  title: string,
  message: string,
): ToastOptions {
  return { ...(id ? { id } : {}), severity, priority, title, message };
}

/** Critical alerts wait for the user rather than vanish on a timer. */
const sticky = (options: ToastOptions, level: SecuritySeverity): ToastOptions =>
  level === 'critical' ? { ...options, duration: 0 } : options;

function webhookDelivery(data: Data): ToastOptions | null {
  const delivery = field(data, 'delivery_id');
  const webhook = field(data, 'webhook_id');
  const target = webhook ? ` to webhook #${webhook}` : '';
  const subject = `${delivery ? `Delivery #${delivery}` : 'A delivery'}${target}`;
  const id = delivery && `webhook-delivery-${delivery}`;
  switch (data.status) {
    case 'success':
      return toast(id, 'success', 'low', 'Webhook delivered', `${subject} succeeded.`);
    case 'failed':
      return toast(id, 'error', 'high', 'Webhook delivery failed', `${subject} failed.`);
    case 'retrying':
      return toast(id, 'warning', 'medium', 'Retrying webhook delivery', `${subject} failed and is being retried.`);
    default:
      return null;
  }
}

function securityAlert(data: Data): ToastOptions {
  const level = securityLevel(data.severity);
  const kind = humanize(data.alert_type);
  const severity = level === 'high' || level === 'critical' ? 'error' : 'warning';
  const title = clip(kind ? `Security alert: ${kind}` : 'Security alert', MAX_TITLE);
  const message = clip(data.message, MAX_MESSAGE) || 'A security event needs your attention.';
  return sticky(toast('', severity, level, title, message), level);
}

function scheduleEvent(data: Data): ToastOptions | null {
  const schedule = field(data, 'schedule_id');
  const session = field(data, 'session_id');
  const subject = schedule ? `Schedule #${schedule}` : 'A schedule';
  const id = schedule && `schedule-${schedule}`;
  const what = session ? `session ${session}` : 'a session';
  switch (data.event) {
    case 'started':
      return toast(id, 'info', 'low', 'Scheduled session started', `${subject} started ${what}.`);
    case 'completed':
      return toast(id, 'success', 'low', 'Scheduled session completed', `${subject} completed.`);
    case 'failed':
      return toast(id, 'error', 'high', 'Scheduled session failed', `${subject} failed.`);
    default:
      return null;
  }
}

function nodeHealth(data: Data, memory?: FormatMemory): ToastOptions | null {
  const name = field(data, 'node_name');
  const cpu = percent(data.cpu_percent);
  const ram = percent(data.memory_percent);
  const load = [cpu && `CPU ${cpu}`, ram && `memory ${ram}`].filter(Boolean).join(', ');
  const subject = name ? `Node ${name}` : 'A node';
  const detail = load ? ` (${load})` : '';
  const id = name && `node-health-${name}`;
  switch (data.health_status) {
    case 'unhealthy':
      remember(memory, name);
      return toast(id, 'error', 'high', 'Node unhealthy', `${subject} is unhealthy${detail}.`);
    case 'degraded':
      remember(memory, name);
      return toast(id, 'warning', 'medium', 'Node degraded', `${subject} is degraded${detail}.`);
    case 'healthy':
      // Only news when this node's trouble was reported: then its toast turns green.
      if (!name || !memory?.troubledNodes.delete(name)) return null;
      return toast(id, 'success', 'low', 'Node recovered', `${subject} is healthy again${detail}.`);
    default:
      return null;
  }
}

function remember(memory: FormatMemory | undefined, name: string): void {
  if (!memory || !name) return;
  const nodes = memory.troubledNodes;
  nodes.delete(name);
  nodes.add(name);
  if (nodes.size > MAX_REMEMBERED_NODES) nodes.delete(nodes.values().next().value!);
}

function scalingEvent(data: Data): ToastOptions | null {
  const policy = field(data, 'policy_id');
  const subject = `${humanize(data.action) || 'Scaling'}${policy ? ` (policy ${policy})` : ''}`;
  if (data.result === 'success') return toast('', 'success', 'low', 'Scaling succeeded', `${subject} succeeded.`);
  // Anything else is the server's error text.
  const error = clip(data.result, 200);
  if (!error) return null;
  return toast('', 'error', 'high', 'Scaling failed', clip(`${subject} failed: ${error}`, MAX_MESSAGE));
}

function complianceViolation(data: Data): ToastOptions {
  const level = securityLevel(data.severity);
  const severity = level === 'low' ? 'info' : level === 'medium' ? 'warning' : 'error';
  const policy = field(data, 'policy_id');
  const violation = field(data, 'violation_id');
  const what = policy ? `Policy ${policy} was violated` : 'A compliance policy was violated';
  const message = `${what}${violation ? ` (violation #${violation})` : ''}.`;
  const id = violation && `compliance-${violation}`;
  return sticky(toast(id, severity, level, 'Compliance violation', message), level);
}
