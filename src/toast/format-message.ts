import type { StreamSpaceMessage } from '../protocol/messages.js';
import { formatList, formatPercent } from '../i18n/intl.js';
import { pageLanguage } from '../i18n/language.js';
import { localeFor } from '../i18n/registry.js';
import type { Locale, NodeNews, ScheduleEvent, WebhookStatus } from '../i18n/types.js';
import { cap, clip, field, humanize } from './format-text.js';
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
 * Server text stays plain text, one line, capped (title 80, message 300 characters), and is never
 * translated; the rest is `locale`'s (default English).
 */
export function formatMessage(message: StreamSpaceMessage, memory?: FormatMemory, locale: Locale = localeFor('en')): ToastOptions | null {
  const data: Data = message?.data && typeof message.data === 'object' ? message.data : {};
  return pick(FORMATTERS, message?.type)?.(data, locale, memory) ?? null;
}

/** The default toast per message type (the functions below are hoisted). */
const FORMATTERS: Record<string, (data: Data, locale: Locale, memory?: FormatMemory) => ToastOptions | null> = {
  'webhook.delivery': webhookDelivery,
  'security.alert': securityAlert,
  'schedule.event': scheduleEvent,
  'node.health': nodeHealth,
  'scaling.event': scalingEvent,
  'compliance.violation': complianceViolation,
};

/**
 * A `formatMessage` with its own memory, so recovered nodes are announced, in the language
 * `locale()` gives at each message (default: the page's, `<html lang>` or the browser's).
 */
export function createFormatter(locale: () => Locale = () => localeFor(pageLanguage())): ToastFormatter {
  const memory: FormatMemory = { troubledNodes: new Set() };
  return (message) => formatMessage(message, memory, locale());
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

const WEBHOOK: Record<WebhookStatus, ToastSeverity> = { success: 'success', failed: 'error', retrying: 'warning' };

function webhookDelivery(data: Data, { t }: Locale): ToastOptions | null {
  const status = data.status as WebhookStatus;
  const severity = pick(WEBHOOK, status);
  if (!severity) return null;
  const delivery = field(data, 'delivery_id');
  const webhook = field(data, 'webhook_id');
  return toast(delivery && `webhook-delivery-${delivery}`, severity, t.events.webhookTitle[status], t.events.webhook(status, delivery, webhook));
}

function securityAlert(data: Data, { t }: Locale): ToastOptions {
  const level = securityLevel(data.severity);
  return toast(
    '',
    alarm(level),
    cap(t.events.securityTitle(humanize(data.alert_type)), 80),
    clip(data.message, 300) || t.events.securityFallback,
    level,
  );
}

const SCHEDULE: Record<ScheduleEvent, ToastSeverity> = { started: 'info', completed: 'success', failed: 'error' };

function scheduleEvent(data: Data, { t }: Locale): ToastOptions | null {
  const event = data.event as ScheduleEvent;
  const severity = pick(SCHEDULE, event);
  if (!severity) return null;
  const schedule = field(data, 'schedule_id');
  return toast(
    schedule && `schedule-${schedule}`,
    severity,
    t.events.scheduleTitle[event],
    t.events.schedule(event, schedule, field(data, 'session_id')),
  );
}

/** Trouble is named by its status ("Node degraded"); healthy is news only as a recovery. */
const NODE: Record<string, ToastSeverity> = { unhealthy: 'error', degraded: 'warning', healthy: 'success' };

function nodeHealth(data: Data, { lang, t }: Locale, memory?: FormatMemory): ToastOptions | null {
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
  const load = formatList(
    lang,
    [
      [t.events.cpu, data.cpu_percent],
      [t.events.memory, data.memory_percent],
    ]
      .filter(([, percent]) => Number.isFinite(percent))
      .map(([label, percent]) => `${label} ${formatPercent(lang, Math.round(percent as number))}`),
  );
  const news: NodeNews = recovered ? 'recovered' : (data.health_status as NodeNews);
  return toast(name && `node-health-${name}`, severity, t.events.nodeTitle[news], t.events.node(news, name, load));
}

function scalingEvent(data: Data, { t }: Locale): ToastOptions | null {
  const policy = field(data, 'policy_id');
  const action = humanize(data.action);
  if (data.result === 'success') return toast('', 'success', t.events.scalingTitle.success, t.events.scaling(action, policy));
  // Anything else is the server's error text.
  const error = clip(data.result, 200);
  return error ? toast('', 'error', t.events.scalingTitle.failed, cap(t.events.scaling(action, policy, error), 300)) : null;
}

function complianceViolation(data: Data, { t }: Locale): ToastOptions {
  const level = securityLevel(data.severity);
  const violation = field(data, 'violation_id');
  return toast(
    violation && `compliance-${violation}`,
    level === 'low' ? 'info' : alarm(level),
    t.events.complianceTitle,
    t.events.compliance(field(data, 'policy_id'), violation),
    level,
  );
}
