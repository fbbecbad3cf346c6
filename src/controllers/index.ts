export { streamspaceConnectionContext } from './context.js';
export { StreamSpaceEventController } from './event-controller.js';
export type { StreamSpaceEventControllerOptions } from './event-controller.js';
export { StreamSpaceConnectionController } from './connection-controller.js';
export { LocalizeController, languageOf } from './localize-controller.js';
