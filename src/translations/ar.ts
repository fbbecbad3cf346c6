import { plurals } from '../i18n/plural.js';
import { registerTranslation } from '../i18n/registry.js';
import type { Translation } from '../i18n/types.js';

const p = plurals('ar');
/** Server text (names, ids, titles) in first-strong isolates: Latin text cannot reorder the Arabic around it. */
const b = (text: string) => `\u2068${text}\u2069`;
const severity = { info: 'معلومات', success: 'نجاح', warning: 'تحذير', error: 'خطأ' };
const attempt = (attempt: number, max: number) =>
  `(${p(attempt, { other: 'المحاولة #' })}${Number.isFinite(max) ? p(max, { other: ' من #' }) : ''})`;

/** Arabic, right to left. Importing this module registers it. */
const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  toast: {
    severity,
    dismiss: (title) => `إغلاق الإشعار: ${b(title)}`,
    more: (n) => p(n, { other: '+# أخرى' }),
    count: (n) => p(n, { one: 'مرة واحدة', two: 'مرتان', few: '# مرات', other: '# مرة' }),
    region: 'الإشعارات',
    burst: (n, urgent, title) =>
      p(
        n,
        urgent
          ? { one: 'تنبيه جديد واحد', two: 'تنبيهان جديدان', few: '# تنبيهات جديدة', many: '# تنبيهًا جديدًا', other: '# تنبيه جديد' }
          : { one: 'إشعار جديد واحد', two: 'إشعاران جديدان', few: '# إشعارات جديدة', many: '# إشعارًا جديدًا', other: '# إشعار جديد' },
      ) + (title ? `: ${b(title)}` : ''),
    alertsAmong: (n) => p(n, { one: '، منها تنبيه واحد', two: '، منها تنبيهان', few: '، منها # تنبيهات', many: '، منها # تنبيهًا', other: '، منها # تنبيه' }),
  },
  status: {
    live: 'متصل',
    connecting: 'جارٍ الاتصال…',
    reconnecting: (seconds, n, max) =>
      `${seconds > 0 ? p(seconds, { other: 'إعادة الاتصال خلال # ث' }) : 'جارٍ إعادة الاتصال…'} ${attempt(n, max)}`,
    reconnectingStatus: 'جارٍ إعادة الاتصال',
    signedOut: 'تم تسجيل الخروج',
    accountDisabled: 'الحساب معطّل',
    disconnected: 'انقطع الاتصال',
    offline: 'غير متصل',
    reconnectNow: 'أعد الاتصال الآن',
    retry: 'إعادة المحاولة',
    status: (text) => `حالة الاتصال: ${text}`,
  },
  center: {
    heading: 'الإشعارات',
    bell: (n) => p(n, { other: 'الإشعارات، غير المقروءة: #' }),
    markAllRead: 'تعليم الكل كمقروء',
    clearAll: 'مسح الكل',
    undoClear: 'تراجع',
    filter: 'عرض',
    all: 'الكل',
    unread: 'غير المقروءة',
    alerts: 'التنبيهات',
    unreadMarker: 'غير مقروء',
    severity,
    delete: (title) => `حذف الإشعار: ${b(title)}`,
    showMore: 'عرض المزيد',
    newEntries: (n) => p(n, { other: 'جديدة: #' }),
    empty: 'لا توجد إشعارات',
    enableDesktop: 'تفعيل تنبيهات سطح المكتب',
    notConnected: (span) => `غير متصل ${span}: الإشعارات من تلك الفترة غير معروضة هنا`,
    overflow: (time) => `قد تكون بعض الإشعارات حوالي ${time} مفقودة: كان الخادم مثقلًا`,
    caughtUp: (n, span) => p(n, { other: `تم الاسترداد: # إشعار من ${span}` }),
  },
  notices: {
    authTitle: { refused: 'تم تسجيل الخروج', expired: 'انتهت الجلسة', unusable: 'لم يُقبل تسجيل الدخول', forbidden: 'الحساب معطّل' },
    signInAgain: 'سجّل الدخول مرة أخرى لتلقي التحديثات الفورية.',
    contactAdmin: 'تواصل مع المسؤول لتلقي التحديثات الفورية.',
    handshakeRefused: (origin) =>
      `رفض الخادم الاتصال؛ تسجيل دخولك سليم. إلى المسؤولين: أضيفوا ${b(origin)} إلى ${b('ALLOWED_WEBSOCKET_ORIGIN_1..3')}.`,
    connected: 'التحديثات الفورية متصلة',
    reconnected: 'أُعيد اتصال التحديثات الفورية',
    serverRefused: 'رفض الخادم الاتصال',
    connectionLost: 'انقطع الاتصال',
    cannotConnect: 'تعذّر الاتصال',
    reconnecting: (n, max) => `جارٍ إعادة الاتصال… ${attempt(n, max)}`,
    unavailable: 'التحديثات الفورية غير متاحة',
    gaveUp: (n) =>
      n === undefined
        ? 'توقفت محاولات إعادة الاتصال.'
        : p(n, {
            one: 'توقفت إعادة الاتصال بعد محاولة واحدة.',
            two: 'توقفت إعادة الاتصال بعد محاولتين.',
            few: 'توقفت إعادة الاتصال بعد # محاولات.',
            other: 'توقفت إعادة الاتصال بعد # محاولة.',
          }),
    retry: 'إعادة المحاولة',
    desktopMore: (n) => p(n, { other: '(+# أخرى)' }),
    caughtUp: (n) => p(n, { other: '# إشعار أثناء غيابك' }),
    openHistory: 'فتح',
  },
  events: {
    webhookTitle: { success: 'تم تسليم الويب هوك', failed: 'فشل تسليم الويب هوك', retrying: 'إعادة محاولة تسليم الويب هوك' },
    webhook: (status, delivery, webhook) =>
      `${status === 'success' ? 'نجح' : 'فشل'} ${delivery ? `التسليم رقم ${b(delivery)}` : 'تسليم'}${webhook ? ` إلى الويب هوك رقم ${b(webhook)}` : ''}${
        status === 'retrying' ? ' وتجري إعادة المحاولة' : ''
      }.`,
    securityTitle: (kind) => `تنبيه أمني${kind && `: ${b(kind)}`}`,
    securityFallback: 'حدث أمني يتطلب انتباهك.',
    scheduleTitle: { started: 'بدأت الجلسة المجدولة', completed: 'اكتملت الجلسة المجدولة', failed: 'فشلت الجلسة المجدولة' },
    schedule: (event, schedule, session) =>
      `${{ started: 'بدأ', completed: 'اكتمل', failed: 'فشل' }[event]} ${schedule ? `الجدول رقم ${b(schedule)}` : 'جدول'}${
        event === 'started' ? ` ${session ? `الجلسة ${b(session)}` : 'جلسة'}` : ''
      }.`,
    nodeTitle: { unhealthy: 'عقدة غير سليمة', degraded: 'تراجع أداء العقدة', recovered: 'تعافت العقدة' },
    node: (news, node, load) =>
      `${node ? `العقدة ${b(node)}` : 'عقدة'} ${
        { unhealthy: 'غير سليمة', degraded: 'متراجعة الأداء', recovered: 'سليمة مجددًا' }[news]
      }${load && ` (${load})`}.`,
    cpu: 'المعالج',
    memory: 'الذاكرة',
    scalingTitle: { success: 'نجح التوسيع', failed: 'فشل التوسيع' },
    scaling: (action, policy, error) =>
      `${error === undefined ? 'نجح' : 'فشل'} ${action ? b(action) : 'التوسيع'}${policy ? ` (السياسة ${b(policy)})` : ''}${
        error === undefined ? '.' : `: ${b(error)}`
      }`,
    complianceTitle: 'مخالفة امتثال',
    compliance: (policy, violation) =>
      `${policy ? `خولفت السياسة ${b(policy)}` : 'خولفت إحدى سياسات الامتثال'}${violation ? ` (المخالفة رقم ${b(violation)})` : ''}.`,
  },
};

registerTranslation(ar);
export default ar;
