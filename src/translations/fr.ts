import { plurals } from '../i18n/plural.js';
import { registerTranslation } from '../i18n/registry.js';
import type { Translation } from '../i18n/types.js';

const p = plurals('fr');
// French typography: a no-break space before ":" and ";".
const c = '\u00a0:';
const severity = { info: 'Information', success: 'Succès', warning: 'Avertissement', error: 'Erreur' };
const attempt = (attempt: number, max: number) =>
  `(${p(attempt, { other: 'tentative #' })}${Number.isFinite(max) ? p(max, { other: ' sur #' }) : ''})`;

/** French. Importing this module registers it. */
const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  toast: {
    severity,
    dismiss: (title) => `Fermer la notification${c} ${title}`,
    more: (n) => p(n, { one: '+# autre', other: '+# autres' }),
    count: (n) => p(n, { other: '# fois' }),
    region: 'Notifications',
    burst: (n, urgent, title) =>
      p(n, urgent ? { one: '# nouvelle alerte', other: '# nouvelles alertes' } : { one: '# nouvelle notification', other: '# nouvelles notifications' }) +
      (title ? `${c} ${title}` : ''),
    alertsAmong: (n) => p(n, { one: ', dont # alerte', other: ', dont # alertes' }),
  },
  status: {
    live: 'En direct',
    connecting: 'Connexion…',
    reconnecting: (seconds, n, max) => `${seconds > 0 ? p(seconds, { other: 'Reconnexion dans # s' }) : 'Reconnexion…'} ${attempt(n, max)}`,
    reconnectingStatus: 'Reconnexion en cours',
    signedOut: 'Session fermée',
    accountDisabled: 'Compte désactivé',
    disconnected: 'Déconnecté',
    offline: 'Hors ligne',
    reconnectNow: 'Se reconnecter',
    retry: 'Réessayer',
    status: (text) => `État de la connexion${c} ${text}`,
  },
  center: {
    heading: 'Notifications',
    bell: (n) => p(n, { one: 'Notifications, # non lue', other: 'Notifications, # non lues' }),
    markAllRead: 'Tout marquer comme lu',
    clearAll: 'Tout effacer',
    undoClear: 'Annuler',
    filter: 'Afficher',
    all: 'Toutes',
    unread: 'Non lues',
    alerts: 'Alertes',
    unreadMarker: 'Non lue',
    severity,
    delete: (title) => `Supprimer la notification${c} ${title}`,
    showMore: 'Afficher plus',
    newEntries: (n) => p(n, { one: '# nouvelle', other: '# nouvelles' }),
    empty: 'Aucune notification',
    enableDesktop: 'Activer les alertes du bureau',
    notConnected: (span) => `Non connecté ${span} : les notifications de cette période ne sont pas affichées ici`,
    overflow: (time) => `Des notifications vers ${time} peuvent manquer : le serveur était surchargé`,
    caughtUp: (n, span) => p(n, { one: `Rattrapé : # notification de ${span}`, other: `Rattrapé : # notifications de ${span}` }),
  },
  notices: {
    authTitle: { refused: 'Session fermée', expired: 'Session expirée', unusable: 'Identification refusée', forbidden: 'Compte désactivé' },
    signInAgain: 'Reconnectez-vous pour recevoir les mises à jour en temps réel.',
    contactAdmin: 'Contactez votre administrateur pour recevoir les mises à jour en temps réel.',
    handshakeRefused: (origin) =>
      `Le serveur a refusé la connexion\u00a0; votre identification est valide. Administrateurs${c} ajoutez ${origin} à ALLOWED_WEBSOCKET_ORIGIN_1..3.`,
    connected: 'Mises à jour en temps réel connectées',
    reconnected: 'Mises à jour en temps réel reconnectées',
    serverRefused: 'Connexion refusée par le serveur',
    connectionLost: 'Connexion perdue',
    cannotConnect: 'Connexion impossible',
    reconnecting: (n, max) => `Reconnexion… ${attempt(n, max)}`,
    unavailable: 'Mises à jour en temps réel indisponibles',
    gaveUp: (n) =>
      n === undefined ? 'Reconnexion abandonnée.' : p(n, { one: 'Abandon après # tentative.', other: 'Abandon après # tentatives.' }),
    retry: 'Réessayer',
    desktopMore: (n) => p(n, { one: '(+# autre)', other: '(+# autres)' }),
    caughtUp: (n) => p(n, { one: '# notification pendant votre absence', other: '# notifications pendant votre absence' }),
    openHistory: 'Ouvrir',
  },
  events: {
    webhookTitle: { success: 'Webhook livré', failed: 'Échec de livraison du webhook', retrying: 'Nouvelle tentative de livraison du webhook' },
    webhook: (status, delivery, webhook) =>
      `${delivery ? `La livraison n°\u00a0${delivery}` : 'Une livraison'}${webhook ? ` au webhook n°\u00a0${webhook}` : ''} ${
        { success: 'a réussi', failed: 'a échoué', retrying: 'a échoué et va être relancée' }[status]
      }.`,
    securityTitle: (kind) => `Alerte de sécurité${kind && `${c} ${kind}`}`,
    securityFallback: 'Un événement de sécurité requiert votre attention.',
    scheduleTitle: { started: 'Session planifiée démarrée', completed: 'Session planifiée terminée', failed: 'Échec de la session planifiée' },
    schedule: (event, schedule, session) =>
      `${schedule ? `La planification n°\u00a0${schedule}` : 'Une planification'} ${
        event === 'started' ? `a démarré ${session ? `la session ${session}` : 'une session'}` : event === 'completed' ? 'est terminée' : 'a échoué'
      }.`,
    nodeTitle: { unhealthy: 'Nœud défaillant', degraded: 'Nœud dégradé', recovered: 'Nœud rétabli' },
    node: (news, node, load) =>
      `${node ? `Le nœud ${node}` : 'Un nœud'} est ${
        { unhealthy: 'défaillant', degraded: 'dégradé', recovered: 'de nouveau opérationnel' }[news]
      }${load && ` (${load})`}.`,
    cpu: 'CPU',
    memory: 'mémoire',
    scalingTitle: { success: 'Mise à l’échelle réussie', failed: 'Échec de la mise à l’échelle' },
    scaling: (action, policy, error) =>
      `${action || 'La mise à l’échelle'}${policy ? ` (règle ${policy})` : ''} ${error === undefined ? 'a réussi.' : `a échoué${c} ${error}`}`,
    complianceTitle: 'Violation de conformité',
    compliance: (policy, violation) =>
      `${policy ? `La règle ${policy} a été enfreinte` : 'Une règle de conformité a été enfreinte'}${
        violation ? ` (violation n°\u00a0${violation})` : ''
      }.`,
  },
};

registerTranslation(fr);
export default fr;
