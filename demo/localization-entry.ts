// The screenshot page's script (demo/localization-screenshots.ts): every element, German and
// Arabic, and the formatter, so the toasts are worded as the connection element words them.
import '../src/define.js';
import '../src/translations/ar.js';
import '../src/translations/de.js';
export { formatMessage } from '../src/toast/format-message.js';
export { localeFor } from '../src/i18n/registry.js';
