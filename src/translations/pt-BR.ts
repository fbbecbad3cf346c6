import { plurals } from '../i18n/plural.js';
import { registerTranslation } from '../i18n/registry.js';
import type { Translation } from '../i18n/types.js';

const p = plurals('pt-BR');
const severity = { info: 'Informação', success: 'Sucesso', warning: 'Aviso', error: 'Erro' };
const attempt = (attempt: number, max: number) =>
  `(${p(attempt, { other: 'tentativa #' })}${Number.isFinite(max) ? p(max, { other: ' de #' }) : ''})`;

/** Brazilian Portuguese (also used for `pt` pages when no `pt` is registered). Importing this module registers it. */
const ptBR: Translation = {
  $code: 'pt-BR',
  $name: 'Português (Brasil)',
  $dir: 'ltr',
  toast: {
    severity,
    dismiss: (title) => `Dispensar notificação: ${title}`,
    more: (n) => p(n, { other: '+# mais' }),
    count: (n) => p(n, { one: '# vez', other: '# vezes' }),
    region: 'Notificações',
    burst: (n, urgent, title) =>
      p(n, urgent ? { one: '# novo alerta', other: '# novos alertas' } : { one: '# nova notificação', other: '# novas notificações' }) +
      (title ? `: ${title}` : ''),
    alertsAmong: (n) => p(n, { one: ', # delas um alerta', other: ', # delas alertas' }),
  },
  status: {
    live: 'Ao vivo',
    connecting: 'Conectando…',
    reconnecting: (seconds, n, max) => `${seconds > 0 ? p(seconds, { other: 'Reconectando em # s' }) : 'Reconectando…'} ${attempt(n, max)}`,
    reconnectingStatus: 'Reconectando',
    signedOut: 'Sessão encerrada',
    accountDisabled: 'Conta desativada',
    disconnected: 'Desconectado',
    offline: 'Offline',
    reconnectNow: 'Reconectar agora',
    retry: 'Tentar novamente',
    status: (text) => `Status da conexão: ${text}`,
  },
  center: {
    heading: 'Notificações',
    bell: (n) => p(n, { one: 'Notificações, # não lida', other: 'Notificações, # não lidas' }),
    markAllRead: 'Marcar todas como lidas',
    clearAll: 'Limpar tudo',
    undoClear: 'Desfazer',
    filter: 'Mostrar',
    all: 'Todas',
    unread: 'Não lidas',
    alerts: 'Alertas',
    unreadMarker: 'Não lida',
    severity,
    delete: (title) => `Excluir notificação: ${title}`,
    showMore: 'Mostrar mais',
    newEntries: (n) => p(n, { one: '# nova', other: '# novas' }),
    empty: 'Nenhuma notificação',
    enableDesktop: 'Ativar alertas na área de trabalho',
    notConnected: (span) => `Sem conexão ${span}: as notificações desse período não aparecem aqui`,
    overflow: (time) => `Podem faltar notificações por volta de ${time}: o servidor estava sobrecarregado`,
    caughtUp: (n, span) => p(n, { one: `Recuperada: # notificação de ${span}`, other: `Recuperadas: # notificações de ${span}` }),
  },
  notices: {
    authTitle: { refused: 'Sessão encerrada', expired: 'Sessão expirada', unusable: 'Login não aceito', forbidden: 'Conta desativada' },
    signInAgain: 'Faça login novamente para receber atualizações em tempo real.',
    contactAdmin: 'Entre em contato com o administrador para receber atualizações em tempo real.',
    handshakeRefused: (origin) =>
      `O servidor recusou a conexão; seu login está correto. Administradores: adicionem ${origin} a ALLOWED_WEBSOCKET_ORIGIN_1..3.`,
    connected: 'Atualizações em tempo real conectadas',
    reconnected: 'Atualizações em tempo real reconectadas',
    serverRefused: 'O servidor recusou a conexão',
    connectionLost: 'Conexão perdida',
    cannotConnect: 'Não foi possível conectar',
    reconnecting: (n, max) => `Reconectando… ${attempt(n, max)}`,
    unavailable: 'Atualizações em tempo real indisponíveis',
    gaveUp: (n) =>
      n === undefined
        ? 'Reconexão abandonada.'
        : p(n, { one: 'Reconexão abandonada após # tentativa.', other: 'Reconexão abandonada após # tentativas.' }),
    retry: 'Tentar novamente',
    desktopMore: (n) => p(n, { other: '(+# mais)' }),
    caughtUp: (n) => p(n, { one: '# notificação enquanto você esteve fora', other: '# notificações enquanto você esteve fora' }),
    openHistory: 'Abrir',
  },
  events: {
    webhookTitle: { success: 'Webhook entregue', failed: 'Falha na entrega do webhook', retrying: 'Repetindo a entrega do webhook' },
    webhook: (status, delivery, webhook) =>
      `${delivery ? `A entrega nº ${delivery}` : 'Uma entrega'}${webhook ? ` ao webhook nº ${webhook}` : ''} ${
        { success: 'foi concluída', failed: 'falhou', retrying: 'falhou e está sendo repetida' }[status]
      }.`,
    securityTitle: (kind) => `Alerta de segurança${kind && `: ${kind}`}`,
    securityFallback: 'Um evento de segurança requer sua atenção.',
    scheduleTitle: { started: 'Sessão agendada iniciada', completed: 'Sessão agendada concluída', failed: 'Falha na sessão agendada' },
    schedule: (event, schedule, session) =>
      `${schedule ? `O agendamento nº ${schedule}` : 'Um agendamento'} ${
        event === 'started' ? `iniciou ${session ? `a sessão ${session}` : 'uma sessão'}` : event === 'completed' ? 'foi concluído' : 'falhou'
      }.`,
    nodeTitle: { unhealthy: 'Nó com problemas', degraded: 'Nó degradado', recovered: 'Nó recuperado' },
    node: (news, node, load) =>
      `${node ? `O nó ${node}` : 'Um nó'} ${
        { unhealthy: 'está com problemas', degraded: 'está degradado', recovered: 'está saudável novamente' }[news]
      }${load && ` (${load})`}.`,
    cpu: 'CPU',
    memory: 'memória',
    scalingTitle: { success: 'Escalonamento concluído', failed: 'Falha no escalonamento' },
    scaling: (action, policy, error) =>
      `${action || 'O escalonamento'}${policy ? ` (política ${policy})` : ''} ${error === undefined ? 'foi concluído.' : `falhou: ${error}`}`,
    complianceTitle: 'Violação de conformidade',
    compliance: (policy, violation) =>
      `${policy ? `A política ${policy} foi violada` : 'Uma política de conformidade foi violada'}${violation ? ` (violação nº ${violation})` : ''}.`,
  },
};

registerTranslation(ptBR);
export default ptBR;
