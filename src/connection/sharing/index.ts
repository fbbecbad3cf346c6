export { groupKey, tokenUser } from './group-key.js';
export type { GroupInputs } from './group-key.js';
export { canShare } from './tab-group.js';
export type { Sharing } from './tab-group.js';
