import type { StreamSpaceMessage } from '../protocol/messages.js';
import { clip, field, humanize } from './format-text.js';
import { defaultPriority, isPriority } from './toast-fields.js';
import type { ToastOptions, ToastPriority, ToastSeverity } from './types.js';

/** The built-in wording: a server message into a toast, or null to stay silent. */
export type ToastFormatter = (message: StreamSpaceMessage) => ToastOptions | null;

/** What a formatter remembers between messages: nodes whose trouble it reported. */
export interface FormatMemory {
  troubledNodes: Set<string>;
}

/** Enough for any cluster; the oldest names are forgotten first. */
const MAX_REMEMBERED_NODES = 1000;

/** Alert and violation levels are the four priority names; an unknown one reads as medium. */
const securityLevel = (value: unknown): ToastPriority => (isPriority(value) ? value : 'medium');

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
  return pick(FORMATTERS, message?.type)?.(data, memory) ?? null;
}

/** The default toast per message type (the functions below are hoisted). */
const FORMATTERS: Record<string, (data: Data, memory?: FormatMemory) => ToastOptions | null> = {
  'webhook.delivery': webhookDelivery,
  'security.alert': securityAlert,
  'schedule.event': scheduleEvent,
  'node.health': nodeHealth,
  'scaling.event': scalingEvent,
  'compliance.violation': complianceViolation,
};

/** A `formatMessage` with its own memory, so recovered nodes are announced. */
export function createFormatter(): ToastFormatter {
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
  priority: ToastPriority = defaultPriority(severity),
): ToastOptions {
  return { ...(id && { id }), severity, priority, title, message, ...(priority === 'critical' && { duration: 0 }) };
}

/** `table[key]` for a string key it owns, else undefined (never an inherited key like `toString`). */
function pick<T>(table: Record<string, T>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Security and compliance levels: high and critical are errors, lower ones warnings. */
const alarm = (level: ToastPriority): ToastSeverity => (level === 'high' || level === 'critical' ? 'error' : 'warning');

/** Per status: severity, title, and how the delivery went. */
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
    alarm(level),
    clip(`Security alert${kind && `: ${kind}`}`, 80),
    clip(data.message, 300) || 'A security event needs your attention.',
    level,
  );
}

/** The event names are also the words of the toast ("Scheduled session started"). */
const SCHEDULE: Record<string, ToastSeverity> = { started: 'info', completed: 'success', failed: 'error' };

function scheduleEvent(data: Data): ToastOptions | null {
  const severity = pick(SCHEDULE, data.event);
  if (!severity) return null;
  const event = data.event as string;
  const schedule = field(data, 'schedule_id');
  const session = field(data, 'session_id');
  const what = event === 'started' ? ` ${session ? `session ${session}` : 'a session'}` : '';
  return toast(
    schedule && `schedule-${schedule}`,
    severity,
    `Scheduled session ${event}`,
    `${schedule ? `Schedule #${schedule}` : 'A schedule'} ${event}${what}.`,
  );
}

/** Trouble is named by its status ("Node degraded"); healthy is news only as a recovery. */
const NODE: Record<string, ToastSeverity> = { unhealthy: 'error', degraded: 'warning', healthy: 'success' };

function nodeHealth(data: Data, memory?: FormatMemory): ToastOptions | null {
  const severity = pick(NODE, data.health_status);
  if (!severity) return null;
  const name = field(data, 'node_name');
  const nodes = memory?.troubledNodes;
  const recovered = severity === 'success';
  if (recovered) {
    // Only news when this node's trouble was reported: then its toast turns green.
    if (!name || !nodes?.delete(name)) return null;
  } else if (nodes && name) {
    // Most recently troubled last; the oldest names are forgotten first.
    nodes.delete(name);
    nodes.add(name);
    if (nodes.size > MAX_REMEMBERED_NODES) nodes.delete(nodes.values().next().value!);
  }
  const load = [
    ['CPU', data.cpu_percent],
    ['memory', data.memory_percent],
  ]
    .filter(([, percent]) => Number.isFinite(percent))
    .map(([label, percent]) => `${label} ${Math.round(percent as number)}%`)
    .join(', ');
  const status = data.health_status as string;
  return toast(
    name && `node-health-${name}`,
    severity,
    `Node ${recovered ? 'recovered' : status}`,
    `${name ? `Node ${name}` : 'A node'} is ${recovered ? 'healthy again' : status}${load && ` (${load})`}.`,
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
    level === 'low' ? 'info' : alarm(level),
    'Compliance violation',
    `${what}${violation ? ` (violation #${violation})` : ''}.`,
    level,
  );
}
