export { registerTranslation, translationFor } from './registry.js';
export { plurals } from './plural.js';
export type { PluralForms } from './plural.js';
export type * from './types.js';
