// The shipped translations: complete (no key missing, none extra), registered on import, and
// worded with Intl in their own language; the registry's fallbacks, key by key.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { registerTranslation, translationFor } from '../../src/i18n/registry.js';
import type { Translation } from '../../src/i18n/types.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';
import { formatMessage } from '../../src/toast/format-message.js';
import ar from '../../src/translations/ar.js';
import de from '../../src/translations/de.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import ja from '../../src/translations/ja.js';
import ptBR from '../../src/translations/pt-BR.js';

const SHIPPED: Record<string, Translation> = { de, fr, es, ja, 'pt-BR': ptBR, ar };

/** Every key path of a translation ("toast.severity.info", "events.webhook"), sorted. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.keys(value)
    .flatMap((key) => keyPaths((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key))
    .sort();
}

/** Arguments for each function of a translation, covering its branches. */
const SAMPLES: Record<string, unknown[][]> = {
  'toast.dismiss': [['Disk full']],
  'toast.more': [[1], [3]],
  'toast.count': [[2], [3], [11]],
  'toast.burst': [[3, true, 'Disk full'], [2, false], [11, false], [100, true]],
  'toast.alertsAmong': [[1], [2], [11], [150]],
  'status.reconnecting': [[5, 2, 10], [0, 1, Infinity]],
  'status.status': [['Live']],
  'center.bell': [[1], [2]],
  'center.delete': [['Disk full']],
  'center.newEntries': [[1], [2]],
  'center.notConnected': [['18:02 – 08:55']],
  'center.overflow': [['10:02']],
  'center.caughtUp': [[1, '18:02 – 08:55'], [12, '18:02 – 08:55']],
  'notices.handshakeRefused': [['https://portal.example']],
  'notices.reconnecting': [[2, 10], [3, Infinity]],
  'notices.gaveUp': [[1], [3], [undefined]],
  'notices.desktopMore': [[1], [4]],
  'notices.caughtUp': [[1], [12]],
  'events.webhook': [['success', '12', '3'], ['failed', '', ''], ['retrying', '12', '']],
  'events.securityTitle': [['Failed login'], ['']],
  'events.schedule': [['started', '4', 'sess-9'], ['started', '', ''], ['completed', '4', ''], ['failed', '', '']],
  'events.node': [['unhealthy', 'worker-03', 'CPU 98%'], ['degraded', '', ''], ['recovered', 'worker-03', '']],
  'events.scaling': [['Scale up', 'p-1'], ['', '', 'quota exceeded']],
  'events.compliance': [['pol-1', '9'], ['', '']],
};

/** Every text a translation gives: its strings, and its functions called with `SAMPLES`. */
function allTexts(t: Translation): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') {
      expect(SAMPLES[path], `no samples for ${path}`).to.be.an('array');
      for (const args of SAMPLES[path]!) texts.push(value(...args));
    } else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  for (const key of Object.keys(t)) if (!key.startsWith('$')) walk(t[key as keyof Translation], key);
  return texts;
}

describe('shipped translations', () => {
  for (const [code, translation] of Object.entries(SHIPPED)) {
    describe(code, () => {
      it('has exactly English’s keys: none missing, none extra', () => {
        const keys = keyPaths(translation).filter((key) => !key.startsWith('$'));
        const english = keyPaths(en).filter((key) => !key.startsWith('$'));
        expect(english.filter((key) => !keys.includes(key)), 'missing').to.deep.equal([]);
        expect(keys.filter((key) => !english.includes(key)), 'extra').to.deep.equal([]);
      });

      it('gives a string of the same type as English for every key, and words of its own for most', () => {
        const texts = allTexts(translation);
        const english = allTexts(en);
        expect(texts.length).to.equal(english.length);
        for (const text of texts) {
          expect(text).to.be.a('string');
          expect(text).not.to.equal('');
          expect(text).not.to.contain('undefined');
          expect(text).not.to.match(/#(?!\d)/);
        }
        // Texts are translated: only words that are the same in the language may equal English's.
        const same = texts.filter((text, i) => text === english[i] && !/^(Information|Notifications|CPU|Live|Offline|Error)$/.test(text));
        expect(same).to.deep.equal([]);
      });

      it('registers itself on import, under its own code', () => {
        expect(translationFor(code).$code).to.equal(code);
        expect(translationFor(code).center.heading).to.equal(translation.center.heading);
      });
    });
  }

  it('keeps ids and server text verbatim inside the translated sentences', () => {
    for (const translation of Object.values(SHIPPED)) {
      expect(translation.events.node('degraded', 'worker-03', 'x')).to.contain('worker-03');
      expect(translation.events.scaling('Scale up', 'p-1', 'quota exceeded')).to.contain('quota exceeded');
      expect(translation.toast.dismiss('Disk full')).to.contain('Disk full');
    }
  });

  it('isolates server text in Arabic, so Latin names cannot reorder the sentence', () => {
    expect(ar.events.node('degraded', 'worker-03', '')).to.contain('\u2068worker-03\u2069');
    expect(ar.toast.dismiss('Disk full')).to.contain('\u2068Disk full\u2069');
  });

  it('uses the language’s plural forms (Intl.PluralRules)', () => {
    // Arabic has six plural forms; digits as Intl writes them for `ar` (Arabic-Indic or Latin, per engine).
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect([1, 2, 3, 11, 100].map((count) => ar.toast.count(count))).to.deep.equal([
      'مرة واحدة',
      'مرتان',
      `${n(3)} مرات`,
      `${n(11)} مرة`,
      `${n(100)} مرة`,
    ]);
    // French: 0 and 1 are singular.
    expect(fr.center.newEntries(0)).to.equal('0 nouvelle');
    expect(fr.center.newEntries(2)).to.equal('2 nouvelles');
    expect(de.notices.gaveUp(1)).to.equal('Nach 1 Versuch aufgegeben.');
    expect(de.notices.gaveUp(10)).to.equal('Nach 10 Versuchen aufgegeben.');
  });

  it('writes numbers the language’s way (Intl.NumberFormat)', () => {
    expect(de.toast.burst(1500, true)).to.equal('1.500 neue Alarme');
    expect(en.toast.burst(1500, true)).to.equal('1,500 new alerts');
  });
});

describe('the default formatter in a language', () => {
  const at = '2026-01-01T00:00:00Z';
  const node: StreamSpaceMessage = { type: 'node.health', timestamp: at, data: { node_name: 'worker-03', health_status: 'unhealthy', cpu_percent: 98, memory_percent: 93.4 } };
  const locale = (lang: string) => ({ lang, t: translationFor(lang) });

  it('formats percentages with Intl in the resolved language ("98 %" in French)', () => {
    const space = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(formatMessage(node)!.message).to.equal('Node worker-03 is unhealthy (CPU 98%, memory 93%).');
    // The list itself is Intl.ListFormat's ("CPU 98 % et mémoire 93 %" in French).
    expect(space(formatMessage(node, undefined, locale('fr'))!.message))
      .to.match(/^Le nœud worker-03 est défaillant \(CPU 98 %/)
      .and.match(/mémoire 93 %\)\.$/);
    expect(space(formatMessage(node, undefined, locale('de'))!.message)).to.match(/^Knoten worker-03 ist gestört \(CPU 98 %.*Speicher 93 %\)\.$/);
  });

  it('translates titles and texts of every message type, never the server’s text', () => {
    const alert: StreamSpaceMessage = { type: 'security.alert', timestamp: at, data: { alert_type: 'failed_login', severity: 'high', message: 'Failed logins for admin' } };
    expect(formatMessage(alert, undefined, locale('es'))).to.include({ title: 'Alerta de seguridad: Failed login', message: 'Failed logins for admin' });
    // The translation's own spacing survives (French puts a no-break space before ":").
    expect(formatMessage(alert, undefined, locale('fr'))!.title).to.equal('Alerte de sécurité\u00a0: Failed login');
    const messages: StreamSpaceMessage[] = [
      { type: 'webhook.delivery', timestamp: at, data: { status: 'retrying', delivery_id: 7, webhook_id: 3 } },
      { type: 'schedule.event', timestamp: at, data: { event: 'started', schedule_id: 4, session_id: 's-1' } },
      { type: 'scaling.event', timestamp: at, data: { action: 'scale_up', result: 'quota exceeded', policy_id: 'p' } },
      { type: 'compliance.violation', timestamp: at, data: { severity: 'low', policy_id: 'pol', violation_id: 9 } },
    ];
    for (const message of messages) {
      const english = formatMessage(message)!;
      const japanese = formatMessage(message, undefined, locale('ja'))!;
      expect(japanese.title).not.to.equal(english.title);
      expect(japanese.message).not.to.equal(english.message);
      expect(japanese.severity).to.equal(english.severity);
      expect(japanese.id).to.equal(english.id);
    }
    expect(formatMessage(messages[2]!, undefined, locale('ja'))!.message).to.contain('quota exceeded').and.contain('Scale up');
  });
});

describe('the registry', () => {
  after(() => registerTranslation(ptBR));

  it('falls back region → language → English, key by key', () => {
    registerTranslation({ $code: 'pt', $name: 'Português', $dir: 'ltr', center: { heading: 'Notificações (pt)' } } as unknown as Translation);
    registerTranslation({ $code: 'pt-BR', $name: 'Português (Brasil)', $dir: 'ltr', center: { empty: 'Nada aqui' } } as unknown as Translation);
    const t = translationFor('pt-BR');
    expect(t.center.empty).to.equal('Nada aqui');
    expect(t.center.heading).to.equal('Notificações (pt)');
    expect(t.center.clearAll).to.equal('Clear all');
    expect(translationFor('PT-br').center.empty).to.equal('Nada aqui');
  });

  it('uses another region of the language when neither the region nor the language is registered', () => {
    expect(translationFor('de-AT').center.heading).to.equal('Benachrichtigungen');
    expect(translationFor('es-MX').$code).to.equal('es');
    expect(translationFor('pt-PT').center.heading).to.match(/^Notificações/);
  });

  it('gives English for a language nobody registered', () => {
    expect(translationFor('sw').center.heading).to.equal('Notifications');
    expect(translationFor('sw').$code).to.equal('en');
  });

  it('replaces a registered translation with the same code, and tells listeners', async () => {
    const { onTranslationsChange } = await import('../../src/i18n/registry.js');
    let calls = 0;
    const stop = onTranslationsChange(() => calls++);
    registerTranslation({ ...de, center: { ...de.center, heading: 'Meldungen' } });
    expect(translationFor('de').center.heading).to.equal('Meldungen');
    registerTranslation(de);
    stop();
    expect(calls).to.equal(2);
    expect(translationFor('de').center.heading).to.equal('Benachrichtigungen');
  });
});
