import { plurals } from '../i18n/plural.js';
import { registerTranslation } from '../i18n/registry.js';
import type { Translation } from '../i18n/types.js';

// Japanese has one plural form: `p` only writes the number.
const p = plurals('ja');
const severity = { info: '情報', success: '成功', warning: '警告', error: 'エラー' };
const attempt = (attempt: number, max: number) =>
  `（${p(attempt, { other: '#回目' })}${Number.isFinite(max) ? p(max, { other: '／全#回' }) : ''}）`;

/** Japanese. Importing this module registers it. */
const ja: Translation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',
  toast: {
    severity,
    dismiss: (title) => `通知を閉じる：${title}`,
    more: (n) => p(n, { other: '他 # 件' }),
    count: (n) => p(n, { other: '# 回' }),
    region: '通知',
    burst: (n, urgent, title) => p(n, { other: urgent ? '新しいアラート # 件' : '新しい通知 # 件' }) + (title ? `：${title}` : ''),
    alertsAmong: (n) => p(n, { other: '（うちアラート # 件）' }),
  },
  status: {
    live: '接続済み',
    connecting: '接続中…',
    reconnecting: (seconds, n, max) => `${seconds > 0 ? p(seconds, { other: '# 秒後に再接続' }) : '再接続中…'}${attempt(n, max)}`,
    reconnectingStatus: '再接続中',
    signedOut: 'サインアウト済み',
    accountDisabled: 'アカウント無効',
    disconnected: '切断',
    offline: 'オフライン',
    reconnectNow: '今すぐ再接続',
    retry: '再試行',
    status: (text) => `接続状態：${text}`,
  },
  center: {
    heading: '通知',
    bell: (n) => p(n, { other: '通知、未読 # 件' }),
    markAllRead: 'すべて既読にする',
    clearAll: 'すべて削除',
    undoClear: '元に戻す',
    filter: '表示',
    all: 'すべて',
    unread: '未読',
    alerts: 'アラート',
    unreadMarker: '未読',
    severity,
    delete: (title) => `通知を削除：${title}`,
    showMore: 'さらに表示',
    newEntries: (n) => p(n, { other: '新着 # 件' }),
    empty: '通知はありません',
    enableDesktop: 'デスクトップ通知を有効にする',
    notConnected: (span) => `${span} は未接続でした：この間の通知はここに表示されません`,
    overflow: (time) => `${time} ごろの通知が欠けている可能性があります：サーバーが過負荷でした`,
    caughtUp: (n, span) => p(n, { other: `取得済み：${span} の通知 # 件` }),
  },
  notices: {
    authTitle: { refused: 'サインアウトしました', expired: 'セッションの期限切れ', unusable: 'サインインが無効です', forbidden: 'アカウントが無効です' },
    signInAgain: 'リアルタイム更新を受け取るには、もう一度サインインしてください。',
    contactAdmin: 'リアルタイム更新を受け取るには、管理者に連絡してください。',
    handshakeRefused: (origin) =>
      `サーバーが接続を拒否しました。サインインに問題はありません。管理者の方へ：${origin} を ALLOWED_WEBSOCKET_ORIGIN_1..3 に追加してください。`,
    connected: 'リアルタイム更新に接続しました',
    reconnected: 'リアルタイム更新に再接続しました',
    serverRefused: 'サーバーが接続を拒否しました',
    connectionLost: '接続が切れました',
    cannotConnect: '接続できません',
    reconnecting: (n, max) => `再接続中…${attempt(n, max)}`,
    unavailable: 'リアルタイム更新を利用できません',
    gaveUp: (n) => (n === undefined ? '再接続を中止しました。' : p(n, { other: '# 回試行した後、再接続を中止しました。' })),
    retry: '再試行',
    desktopMore: (n) => p(n, { other: '（他 # 件）' }),
    caughtUp: (n) => p(n, { other: '不在中の通知 # 件' }),
    openHistory: '開く',
  },
  events: {
    webhookTitle: { success: 'Webhook 配信完了', failed: 'Webhook 配信失敗', retrying: 'Webhook 配信を再試行中' },
    webhook: (status, delivery, webhook) =>
      `${delivery ? `配信 #${delivery}` : '配信'}${webhook ? `（Webhook #${webhook} 宛て）` : ''}${
        { success: 'が成功しました', failed: 'が失敗しました', retrying: 'が失敗したため、再試行しています' }[status]
      }。`,
    securityTitle: (kind) => `セキュリティアラート${kind && `：${kind}`}`,
    securityFallback: 'セキュリティイベントへの対応が必要です。',
    scheduleTitle: { started: '予定セッション開始', completed: '予定セッション完了', failed: '予定セッション失敗' },
    schedule: (event, schedule, session) =>
      `${schedule ? `スケジュール #${schedule} ` : 'スケジュール'}${
        event === 'started' ? `がセッション${session ? ` ${session} ` : ''}を開始しました` : event === 'completed' ? 'が完了しました' : 'が失敗しました'
      }。`,
    nodeTitle: { unhealthy: 'ノード異常', degraded: 'ノード性能低下', recovered: 'ノード復旧' },
    node: (news, node, load) =>
      `${node ? `ノード ${node} ` : 'ノード'}${
        { unhealthy: 'に異常があります', degraded: 'の性能が低下しています', recovered: 'は正常に戻りました' }[news]
      }${load && `（${load}）`}。`,
    cpu: 'CPU',
    memory: 'メモリ',
    scalingTitle: { success: 'スケーリング成功', failed: 'スケーリング失敗' },
    scaling: (action, policy, error) =>
      `${action || 'スケーリング'}${policy ? `（ポリシー ${policy}）` : ''}${error === undefined ? 'が成功しました。' : `が失敗しました：${error}`}`,
    complianceTitle: 'コンプライアンス違反',
    compliance: (policy, violation) =>
      `${policy ? `ポリシー ${policy} ` : 'コンプライアンスポリシー'}への違反が発生しました${violation ? `（違反 #${violation}）` : ''}。`,
  },
};

registerTranslation(ja);
export default ja;
