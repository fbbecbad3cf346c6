export { messageOf, parseFrame } from './parse-frame.js';
export type { ParsedFrame, RejectedLine, RejectReason } from './parse-frame.js';
export { isSafeEventType, MAX_EVENT_TYPE_LENGTH } from './event-type.js';
export { isRfc3339Timestamp } from './timestamp.js';
export { sampleOf, MAX_SAMPLE_LENGTH } from './redact.js';
export { KNOWN_MESSAGE_TYPES } from './messages.js';
export type * from './messages.js';
export { SERVER_SEND_BUFFER } from './limits.js';
