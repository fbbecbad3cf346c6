import type { WireMessage } from './wire-message.js';

/** Delivers a message to one user's connections, or to every connection when `userId` is null. */
export type Deliver = (userId: string | null, message: WireMessage) => number;

/**
 * The Go backend's broadcast helpers, same names and argument order
 * (`handlers.BroadcastSecurityAlert(userID, alertType, severity, message)` and friends).
 * Each returns how many connections the message was queued for.
 */
export interface BroadcastApi {
  broadcastWebhookDelivery(userId: string, webhookId: number, deliveryId: number, status: string): number;
  broadcastSecurityAlert(userId: string, alertType: string, severity: string, message: string): number;
  broadcastScheduledSessionEvent(userId: string, scheduleId: number, event: string, sessionId: string): number;
  /** To everyone: the server does not filter admin events by role. */
  broadcastNodeHealthUpdate(nodeName: string, status: string, cpu: number, memory: number): number;
  /** To everyone. */
  broadcastScalingEvent(policyId: number, action: string, result: string): number;
  /** To the user, or to everyone when `userId` is empty (a system-wide violation). */
  broadcastComplianceViolation(userId: string, violationId: number, policyId: number, severity: string): number;
  sendToUser(userId: string, message: WireMessage): number;
  broadcastToAll(message: WireMessage): number;
}

export type BroadcastMethod = Exclude<keyof BroadcastApi, 'sendToUser' | 'broadcastToAll'>;

export const BROADCAST_METHODS: readonly BroadcastMethod[] = [
  'broadcastWebhookDelivery',
  'broadcastSecurityAlert',
  'broadcastScheduledSessionEvent',
  'broadcastNodeHealthUpdate',
  'broadcastScalingEvent',
  'broadcastComplianceViolation',
];

export function createBroadcastApi(deliver: Deliver): BroadcastApi {
  return {
    broadcastWebhookDelivery: (userId, webhookId, deliveryId, status) =>
      deliver(userId, { type: 'webhook.delivery', data: { webhook_id: webhookId, delivery_id: deliveryId, status } }),
    broadcastSecurityAlert: (userId, alertType, severity, message) =>
      deliver(userId, { type: 'security.alert', data: { alert_type: alertType, severity, message } }),
    broadcastScheduledSessionEvent: (userId, scheduleId, event, sessionId) =>
      deliver(userId, { type: 'schedule.event', data: { schedule_id: scheduleId, event, session_id: sessionId } }),
    broadcastNodeHealthUpdate: (nodeName, status, cpu, memory) =>
      deliver(null, {
        type: 'node.health',
        data: { node_name: nodeName, health_status: status, cpu_percent: cpu, memory_percent: memory },
      }),
    broadcastScalingEvent: (policyId, action, result) =>
      deliver(null, { type: 'scaling.event', data: { policy_id: policyId, action, result } }),
    broadcastComplianceViolation: (userId, violationId, policyId, severity) =>
      deliver(userId === '' ? null : userId, {
        type: 'compliance.violation',
        data: { violation_id: violationId, policy_id: policyId, severity },
      }),
    sendToUser: (userId, message) => deliver(userId, message),
    broadcastToAll: (message) => deliver(null, message),
  };
}
