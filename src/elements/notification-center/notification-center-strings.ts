import { en } from '../../i18n/en.js';

/** Every string the center renders or announces; a translation's, replaceable per element via `strings`. */
export type { NotificationCenterStrings } from '../../i18n/types.js';

/** The English strings (the fallback of every translation). */
export const defaultNotificationCenterStrings = en.center;
