import { plurals } from '../i18n/plural.js';
import { registerTranslation } from '../i18n/registry.js';
import type { Translation } from '../i18n/types.js';

const p = plurals('de');
const severity = { info: 'Information', success: 'Erfolg', warning: 'Warnung', error: 'Fehler' };
const attempt = (attempt: number, max: number) =>
  `(${p(attempt, { other: 'Versuch #' })}${Number.isFinite(max) ? p(max, { other: ' von #' }) : ''})`;

/** German. Importing this module registers it. */
const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  toast: {
    severity,
    dismiss: (title) => `Benachrichtigung schließen: ${title}`,
    more: (n) => p(n, { other: '+# weitere' }),
    count: (n) => p(n, { other: '# Mal' }),
    region: 'Benachrichtigungen',
    burst: (n, urgent, title) =>
      p(n, urgent ? { one: '# neuer Alarm', other: '# neue Alarme' } : { one: '# neue Benachrichtigung', other: '# neue Benachrichtigungen' }) +
      (title ? `: ${title}` : ''),
    alertsAmong: (n) => p(n, { one: ', davon # Alarm', other: ', davon # Alarme' }),
  },
  status: {
    live: 'Live',
    connecting: 'Verbinden…',
    reconnecting: (seconds, n, max) =>
      `${seconds > 0 ? p(seconds, { other: 'Neuer Versuch in # s' }) : 'Erneut verbinden…'} ${attempt(n, max)}`,
    reconnectingStatus: 'Verbindung wird wiederhergestellt',
    signedOut: 'Abgemeldet',
    accountDisabled: 'Konto deaktiviert',
    disconnected: 'Getrennt',
    offline: 'Offline',
    reconnectNow: 'Jetzt verbinden',
    retry: 'Erneut versuchen',
    status: (text) => `Verbindungsstatus: ${text}`,
  },
  center: {
    heading: 'Benachrichtigungen',
    bell: (n) => p(n, { other: 'Benachrichtigungen, # ungelesen' }),
    markAllRead: 'Alle als gelesen markieren',
    clearAll: 'Alle löschen',
    undoClear: 'Rückgängig',
    filter: 'Anzeigen',
    all: 'Alle',
    unread: 'Ungelesen',
    alerts: 'Alarme',
    unreadMarker: 'Ungelesen',
    severity,
    delete: (title) => `Benachrichtigung löschen: ${title}`,
    showMore: 'Mehr anzeigen',
    newEntries: (n) => p(n, { other: '# neue' }),
    empty: 'Keine Benachrichtigungen',
    enableDesktop: 'Desktop-Benachrichtigungen aktivieren',
    notConnected: (span) => `Nicht verbunden ${span}: Benachrichtigungen aus dieser Zeit fehlen hier`,
    overflow: (time) => `Um ${time} fehlen möglicherweise Benachrichtigungen: Der Server war überlastet`,
    caughtUp: (n, span) => p(n, { one: `Nachgeholt: # Benachrichtigung von ${span}`, other: `Nachgeholt: # Benachrichtigungen von ${span}` }),
  },
  notices: {
    authTitle: { refused: 'Abgemeldet', expired: 'Sitzung abgelaufen', unusable: 'Anmeldung nicht akzeptiert', forbidden: 'Konto deaktiviert' },
    signInAgain: 'Melden Sie sich erneut an, um Echtzeit-Updates zu erhalten.',
    contactAdmin: 'Wenden Sie sich an Ihre Administration, um Echtzeit-Updates zu erhalten.',
    handshakeRefused: (origin) =>
      `Der Server hat die Verbindung abgelehnt; Ihre Anmeldung ist in Ordnung. Administration: ${origin} zu ALLOWED_WEBSOCKET_ORIGIN_1..3 hinzufügen.`,
    connected: 'Echtzeit-Updates verbunden',
    reconnected: 'Echtzeit-Updates wieder verbunden',
    serverRefused: 'Server lehnt die Verbindung ab',
    connectionLost: 'Verbindung unterbrochen',
    cannotConnect: 'Keine Verbindung möglich',
    reconnecting: (n, max) => `Erneut verbinden… ${attempt(n, max)}`,
    unavailable: 'Echtzeit-Updates nicht verfügbar',
    gaveUp: (n) =>
      n === undefined ? 'Neue Verbindungsversuche eingestellt.' : p(n, { one: 'Nach # Versuch aufgegeben.', other: 'Nach # Versuchen aufgegeben.' }),
    retry: 'Erneut versuchen',
    desktopMore: (n) => p(n, { other: '(+# weitere)' }),
    caughtUp: (n) => p(n, { one: '# Benachrichtigung während Ihrer Abwesenheit', other: '# Benachrichtigungen während Ihrer Abwesenheit' }),
    openHistory: 'Öffnen',
  },
  events: {
    webhookTitle: { success: 'Webhook zugestellt', failed: 'Webhook-Zustellung fehlgeschlagen', retrying: 'Webhook-Zustellung wird wiederholt' },
    webhook: (status, delivery, webhook) =>
      `${delivery ? `Zustellung #${delivery}` : 'Eine Zustellung'}${webhook ? ` an Webhook #${webhook}` : ''} ${
        { success: 'war erfolgreich', failed: 'ist fehlgeschlagen', retrying: 'ist fehlgeschlagen und wird wiederholt' }[status]
      }.`,
    securityTitle: (kind) => `Sicherheitsalarm${kind && `: ${kind}`}`,
    securityFallback: 'Ein Sicherheitsereignis erfordert Ihre Aufmerksamkeit.',
    scheduleTitle: {
      started: 'Geplante Sitzung gestartet',
      completed: 'Geplante Sitzung abgeschlossen',
      failed: 'Geplante Sitzung fehlgeschlagen',
    },
    schedule: (event, schedule, session) =>
      `${schedule ? `Zeitplan #${schedule}` : 'Ein Zeitplan'} ${
        event === 'started'
          ? `hat ${session ? `Sitzung ${session}` : 'eine Sitzung'} gestartet`
          : event === 'completed'
            ? 'ist abgeschlossen'
            : 'ist fehlgeschlagen'
      }.`,
    nodeTitle: { unhealthy: 'Knoten gestört', degraded: 'Knoten beeinträchtigt', recovered: 'Knoten wiederhergestellt' },
    node: (news, node, load) =>
      `${node ? `Knoten ${node}` : 'Ein Knoten'} ist ${
        { unhealthy: 'gestört', degraded: 'beeinträchtigt', recovered: 'wieder in Ordnung' }[news]
      }${load && ` (${load})`}.`,
    cpu: 'CPU',
    memory: 'Speicher',
    scalingTitle: { success: 'Skalierung erfolgreich', failed: 'Skalierung fehlgeschlagen' },
    scaling: (action, policy, error) =>
      `${action || 'Skalierung'}${policy ? ` (Richtlinie ${policy})` : ''} ${error === undefined ? 'erfolgreich.' : `fehlgeschlagen: ${error}`}`,
    complianceTitle: 'Compliance-Verstoß',
    compliance: (policy, violation) =>
      `${policy ? `Richtlinie ${policy} wurde verletzt` : 'Eine Compliance-Richtlinie wurde verletzt'}${
        violation ? ` (Verstoß #${violation})` : ''
      }.`,
  },
};

registerTranslation(de);
export default de;
