import { plurals } from '../i18n/plural.js';
import { registerTranslation } from '../i18n/registry.js';
import type { Translation } from '../i18n/types.js';

const p = plurals('es');
const severity = { info: 'Información', success: 'Éxito', warning: 'Advertencia', error: 'Error' };
const attempt = (attempt: number, max: number) =>
  `(${p(attempt, { other: 'intento #' })}${Number.isFinite(max) ? p(max, { other: ' de #' }) : ''})`;

/** Spanish. Importing this module registers it. */
const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',
  toast: {
    severity,
    dismiss: (title) => `Descartar notificación: ${title}`,
    more: (n) => p(n, { other: '+# más' }),
    count: (n) => p(n, { one: '# vez', other: '# veces' }),
    region: 'Notificaciones',
    burst: (n, urgent, title) =>
      p(n, urgent ? { one: '# alerta nueva', other: '# alertas nuevas' } : { one: '# notificación nueva', other: '# notificaciones nuevas' }) +
      (title ? `: ${title}` : ''),
    alertsAmong: (n) => p(n, { one: ', # de ellas una alerta', other: ', # de ellas alertas' }),
  },
  status: {
    live: 'En vivo',
    connecting: 'Conectando…',
    reconnecting: (seconds, n, max) => `${seconds > 0 ? p(seconds, { other: 'Reconectando en # s' }) : 'Reconectando…'} ${attempt(n, max)}`,
    reconnectingStatus: 'Reconectando',
    signedOut: 'Sesión cerrada',
    accountDisabled: 'Cuenta desactivada',
    disconnected: 'Desconectado',
    offline: 'Sin conexión',
    reconnectNow: 'Reconectar ahora',
    retry: 'Reintentar',
    status: (text) => `Estado de la conexión: ${text}`,
  },
  center: {
    heading: 'Notificaciones',
    bell: (n) => p(n, { other: 'Notificaciones, # sin leer' }),
    markAllRead: 'Marcar todo como leído',
    clearAll: 'Borrar todo',
    undoClear: 'Deshacer',
    filter: 'Mostrar',
    all: 'Todas',
    unread: 'No leídas',
    alerts: 'Alertas',
    unreadMarker: 'No leída',
    severity,
    delete: (title) => `Eliminar notificación: ${title}`,
    showMore: 'Mostrar más',
    newEntries: (n) => p(n, { one: '# nueva', other: '# nuevas' }),
    empty: 'No hay notificaciones',
    enableDesktop: 'Activar alertas de escritorio',
    notConnected: (span) => `Sin conexión ${span}: las notificaciones de ese periodo no se muestran aquí`,
    overflow: (time) => `Pueden faltar notificaciones hacia las ${time}: el servidor estaba sobrecargado`,
    caughtUp: (n, span) => p(n, { one: `Recuperada: # notificación de ${span}`, other: `Recuperadas: # notificaciones de ${span}` }),
  },
  notices: {
    authTitle: { refused: 'Sesión cerrada', expired: 'Sesión caducada', unusable: 'Inicio de sesión no aceptado', forbidden: 'Cuenta desactivada' },
    signInAgain: 'Vuelva a iniciar sesión para recibir actualizaciones en tiempo real.',
    contactAdmin: 'Contacte con su administrador para recibir actualizaciones en tiempo real.',
    handshakeRefused: (origin) =>
      `El servidor rechazó la conexión; su inicio de sesión es correcto. Administradores: añadan ${origin} a ALLOWED_WEBSOCKET_ORIGIN_1..3.`,
    connected: 'Actualizaciones en tiempo real conectadas',
    reconnected: 'Actualizaciones en tiempo real reconectadas',
    serverRefused: 'El servidor rechazó la conexión',
    connectionLost: 'Conexión perdida',
    cannotConnect: 'No se puede conectar',
    reconnecting: (n, max) => `Reconectando… ${attempt(n, max)}`,
    unavailable: 'Actualizaciones en tiempo real no disponibles',
    gaveUp: (n) =>
      n === undefined ? 'Se dejó de intentar la reconexión.' : p(n, { one: 'Se abandonó tras # intento.', other: 'Se abandonó tras # intentos.' }),
    retry: 'Reintentar',
    desktopMore: (n) => p(n, { other: '(+# más)' }),
    caughtUp: (n) => p(n, { one: '# notificación mientras no estabas', other: '# notificaciones mientras no estabas' }),
    openHistory: 'Abrir',
  },
  events: {
    webhookTitle: { success: 'Webhook entregado', failed: 'Error en la entrega del webhook', retrying: 'Reintentando la entrega del webhook' },
    webhook: (status, delivery, webhook) =>
      `${delivery ? `La entrega n.º ${delivery}` : 'Una entrega'}${webhook ? ` al webhook n.º ${webhook}` : ''} ${
        { success: 'se completó', failed: 'falló', retrying: 'falló y se está reintentando' }[status]
      }.`,
    securityTitle: (kind) => `Alerta de seguridad${kind && `: ${kind}`}`,
    securityFallback: 'Un evento de seguridad requiere su atención.',
    scheduleTitle: { started: 'Sesión programada iniciada', completed: 'Sesión programada completada', failed: 'Sesión programada fallida' },
    schedule: (event, schedule, session) =>
      `${schedule ? `La programación n.º ${schedule}` : 'Una programación'} ${
        event === 'started' ? `inició ${session ? `la sesión ${session}` : 'una sesión'}` : event === 'completed' ? 'se completó' : 'falló'
      }.`,
    nodeTitle: { unhealthy: 'Nodo en mal estado', degraded: 'Nodo degradado', recovered: 'Nodo recuperado' },
    node: (news, node, load) =>
      `${node ? `El nodo ${node}` : 'Un nodo'} ${
        { unhealthy: 'está en mal estado', degraded: 'está degradado', recovered: 'vuelve a estar en buen estado' }[news]
      }${load && ` (${load})`}.`,
    cpu: 'CPU',
    memory: 'memoria',
    scalingTitle: { success: 'Escalado correcto', failed: 'Error de escalado' },
    scaling: (action, policy, error) =>
      `${action || 'El escalado'}${policy ? ` (política ${policy})` : ''} ${error === undefined ? 'se completó.' : `falló: ${error}`}`,
    complianceTitle: 'Infracción de cumplimiento',
    compliance: (policy, violation) =>
      `${policy ? `Se infringió la política ${policy}` : 'Se infringió una política de cumplimiento'}${
        violation ? ` (infracción n.º ${violation})` : ''
      }.`,
  },
};

registerTranslation(es);
export default es;
