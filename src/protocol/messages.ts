/**
 * The messages the StreamSpace enterprise endpoint sends (see PROTOCOL.md), as the
 * client delivers them after validation: `data` is always an object and
 * `timestamp` always a string.
 */
export interface StreamSpaceMessage<T extends string = string, D = Record<string, unknown>> {
  type: T;
  /** RFC 3339 as sent by the server (Go `time.Time`), or the receipt time when missing. */
  timestamp: string;
  data: D;
  /** Set on messages a page's `catchUp` fetched after a gap; live messages have no such key. */
  replayed?: true;
}

export type SecuritySeverity = 'low' | 'medium' | 'high' | 'critical';

export interface WebhookDeliveryData {
  webhook_id: number;
  delivery_id: number;
  status: 'success' | 'failed' | 'retrying' | (string & {});
  [key: string]: unknown;
}

export interface SecurityAlertData {
  alert_type: string;
  severity: SecuritySeverity | (string & {});
  message: string;
  [key: string]: unknown;
}

export interface ScheduleEventData {
  schedule_id: number;
  event: 'started' | 'completed' | 'failed' | (string & {});
  session_id?: string;
  [key: string]: unknown;
}

export interface NodeHealthData {
  node_name: string;
  health_status: 'healthy' | 'degraded' | 'unhealthy' | 'unknown' | (string & {});
  cpu_percent: number;
  memory_percent: number;
  [key: string]: unknown;
}

export interface ScalingEventData {
  policy_id: number | string;
  action: string;
  /** `success`, or the error text. */
  result: string;
  [key: string]: unknown;
}

export interface ComplianceViolationData {
  violation_id: number | string;
  policy_id: number | string;
  severity: SecuritySeverity | (string & {});
  [key: string]: unknown;
}

export interface ConnectionStatusData {
  status: string;
  message: string;
  [key: string]: unknown;
}

/** Message `type` to its `data`, for every type the backend documents. */
export interface StreamSpaceMessageDataMap {
  'webhook.delivery': WebhookDeliveryData;
  'security.alert': SecurityAlertData;
  'schedule.event': ScheduleEventData;
  'node.health': NodeHealthData;
  'scaling.event': ScalingEventData;
  'compliance.violation': ComplianceViolationData;
  connection: ConnectionStatusData;
  'user.event': Record<string, unknown>;
  'group.event': Record<string, unknown>;
  'quota.event': Record<string, unknown>;
  'plugin.event': Record<string, unknown>;
  'template.event': Record<string, unknown>;
  'repository.event': Record<string, unknown>;
  'integration.event': Record<string, unknown>;
}

export type KnownMessageType = keyof StreamSpaceMessageDataMap;

/** A message of one known type, with its `data` typed. */
export type KnownMessage<T extends KnownMessageType> = StreamSpaceMessage<T, StreamSpaceMessageDataMap[T]>;

/** Every documented message type, in the order PROTOCOL.md lists them. */
export const KNOWN_MESSAGE_TYPES: readonly KnownMessageType[] = [
  'webhook.delivery',
  'security.alert',
  'schedule.event',
  'node.health',
  'scaling.event',
  'compliance.violation',
  'connection',
  'user.event',
  'group.event',
  'quota.event',
  'plugin.event',
  'template.event',
  'repository.event',
  'integration.event',
];
