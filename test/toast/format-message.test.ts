import { expect } from '@open-wc/testing';
import { createFormatter, formatMessage } from '../../src/toast/format-message.js';
import { clip } from '../../src/toast/format-text.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';

const msg = (type: string, data: Record<string, unknown>): StreamSpaceMessage => ({
  type,
  timestamp: '2025-11-15T10:30:00.123456789Z',
  data,
});

/** The parts of a toast a user sees, plus the fields that decide its fate. */
const shape = (type: string, data: Record<string, unknown>) => {
  const o = formatMessage(msg(type, data));
  return o && { id: o.id, severity: o.severity, priority: o.priority, duration: o.duration };
};

describe('formatMessage', () => {
  describe('webhook.delivery', () => {
    const delivery = (status: string) => msg('webhook.delivery', { webhook_id: 7, delivery_id: 42, status });

    it('maps success, failed and retrying onto one toast per delivery', () => {
      const [ok, failed, retrying] = ['success', 'failed', 'retrying'].map((s) => formatMessage(delivery(s))!);
      expect(ok).to.include({ id: 'webhook-delivery-42', severity: 'success', title: 'Webhook delivered' });
      expect(ok.message).to.equal('Delivery #42 to webhook #7 succeeded.');
      expect(failed).to.include({ id: 'webhook-delivery-42', severity: 'error', priority: 'high' });
      expect(retrying).to.include({ id: 'webhook-delivery-42', severity: 'warning' });
    });

    it('stays silent for a status it does not know', () => {
      expect(formatMessage(delivery('queued'))).to.equal(null);
    });

    it('has no id without a delivery_id, so repeats merge instead', () => {
      const o = formatMessage(msg('webhook.delivery', { status: 'failed' }))!;
      expect(o.id).to.equal(undefined);
      expect(o.message).to.equal('A delivery failed.');
    });
  });

  describe('security.alert', () => {
    const alert = (severity: unknown) =>
      msg('security.alert', { alert_type: 'failed_login', severity, message: '5 failed logins for admin' });

    it('is an error for high and critical, a warning below, with the alert severity as priority', () => {
      expect(shape('security.alert', alert('low').data)).to.deep.include({ severity: 'warning', priority: 'low' });
      expect(shape('security.alert', alert('medium').data)).to.deep.include({ severity: 'warning', priority: 'medium' });
      expect(shape('security.alert', alert('high').data)).to.deep.include({ severity: 'error', priority: 'high' });
      expect(shape('security.alert', alert('critical').data)).to.deep.include({ severity: 'error', priority: 'critical' });
    });

    it('keeps critical alerts until dismissed', () => {
      expect(formatMessage(alert('critical'))!.duration).to.equal(0);
      expect(formatMessage(alert('high'))!.duration).to.equal(undefined);
    });

    it('titles the alert by type and shows the server message as given', () => {
      const o = formatMessage(alert('high'))!;
      expect(o.title).to.equal('Security alert: Failed login');
      expect(o.message).to.equal('5 failed logins for admin');
    });

    it('reads an unknown severity as medium and fills in a missing message', () => {
      const o = formatMessage(msg('security.alert', { severity: 'apocalyptic' }))!;
      expect(o).to.include({ severity: 'warning', priority: 'medium', title: 'Security alert' });
      expect(o.message).to.not.equal('');
    });
  });

  describe('schedule.event', () => {
    const schedule = (event: string) => msg('schedule.event', { schedule_id: 3, event, session_id: 'sess-9' });

    it('maps started, completed and failed onto one toast per schedule', () => {
      expect(formatMessage(schedule('started'))).to.include({ id: 'schedule-3', severity: 'info' });
      expect(formatMessage(schedule('started'))!.message).to.equal('Schedule #3 started session sess-9.');
      expect(formatMessage(schedule('completed'))).to.include({ id: 'schedule-3', severity: 'success' });
      expect(formatMessage(schedule('failed'))).to.include({ id: 'schedule-3', severity: 'error', priority: 'high' });
      expect(formatMessage(schedule('paused'))).to.equal(null);
    });
  });

  describe('node.health', () => {
    const node = (health_status: string, extra: Record<string, unknown> = {}) =>
      msg('node.health', { node_name: 'node-a', health_status, cpu_percent: 93.4, memory_percent: 71.6, ...extra });

    it('is an error when unhealthy and a warning when degraded, one toast per node', () => {
      const bad = formatMessage(node('unhealthy'))!;
      expect(bad).to.include({ id: 'node-health-node-a', severity: 'error', title: 'Node unhealthy' });
      expect(bad.message).to.equal('Node node-a is unhealthy (CPU 93%, memory 72%).');
      expect(formatMessage(node('degraded'))).to.include({ id: 'node-health-node-a', severity: 'warning' });
    });

    it('is silent when healthy or unknown', () => {
      expect(formatMessage(node('healthy'))).to.equal(null);
      expect(formatMessage(node('unknown'))).to.equal(null);
    });

    it('turns the toast of a node in trouble into "recovered", once', () => {
      const format = createFormatter();
      expect(format(node('healthy')), 'never reported: silent').to.equal(null);
      format(node('degraded'));
      const recovered = format(node('healthy'))!;
      expect(recovered).to.include({ id: 'node-health-node-a', severity: 'success', title: 'Node recovered' });
      expect(format(node('healthy')), 'already said').to.equal(null);
      expect(format(node('healthy', { node_name: 'node-b' }))).to.equal(null);
    });

    it('leaves out load figures that are not numbers', () => {
      const o = formatMessage(node('degraded', { cpu_percent: 'lots', memory_percent: null }))!;
      expect(o.message).to.equal('Node node-a is degraded.');
    });
  });

  describe('scaling.event', () => {
    it('is a success for result "success" and an error with the server text otherwise', () => {
      const ok = formatMessage(msg('scaling.event', { policy_id: 4, action: 'scale_up', result: 'success' }))!;
      expect(ok).to.include({ severity: 'success', message: 'Scale up (policy 4) succeeded.' });
      const failed = formatMessage(msg('scaling.event', { policy_id: 4, action: 'scale_up', result: 'quota exceeded' }))!;
      expect(failed).to.include({ severity: 'error', message: 'Scale up (policy 4) failed: quota exceeded' });
      expect(formatMessage(msg('scaling.event', { policy_id: 4, action: 'scale_up' }))).to.equal(null);
    });
  });

  describe('compliance.violation', () => {
    it('maps severity low, medium, high and critical', () => {
      const sev = (severity: string) =>
        formatMessage(msg('compliance.violation', { violation_id: 11, policy_id: 2, severity }))!;
      expect(sev('low')).to.include({ severity: 'info', priority: 'low', id: 'compliance-11' });
      expect(sev('medium')).to.include({ severity: 'warning', priority: 'medium' });
      expect(sev('high')).to.include({ severity: 'error', priority: 'high' });
      expect(sev('critical')).to.include({ severity: 'error', priority: 'critical', duration: 0 });
      expect(sev('low').message).to.equal('Policy 2 was violated (violation #11).');
    });
  });

  describe('silence and bad input', () => {
    it('is silent for the server welcome, other known types and unknown types', () => {
      expect(formatMessage(msg('connection', { status: 'connected', message: 'Enterprise WebSocket connected' }))).to.equal(
        null,
      );
      expect(formatMessage(msg('user.event', { id: 1 }))).to.equal(null);
      expect(formatMessage(msg('acme.new_thing', { severity: 'critical' }))).to.equal(null);
    });

    it('does not throw on missing or odd data', () => {
      const odd = [null, undefined, 'text', 42, [], { data: null }] as unknown as StreamSpaceMessage[];
      for (const m of odd) expect(() => formatMessage(m)).to.not.throw();
      const noData = { type: 'security.alert', timestamp: '', data: null } as unknown as StreamSpaceMessage;
      expect(formatMessage(noData)).to.include({ title: 'Security alert' });
    });

    it('keeps server text as one capped line without control or bidi characters', () => {
      const long = 'x'.repeat(5000);
      const o = formatMessage(
        msg('security.alert', { alert_type: `evil\u202Etype_${long}`, severity: 'high', message: `a\nb\u0000c ${long}` }),
      )!;
      expect(o.title!.length).to.be.at.most(80);
      expect(o.message.length).to.be.at.most(300);
      expect(o.message.startsWith('a b c x')).to.equal(true);
      expect(o.message.endsWith('…')).to.equal(true);
      expect(o.title).to.not.match(/[\u202a-\u202e]/);
    });

    it('keeps markup as plain text (rendering it as text is the element\'s job)', () => {
      const o = formatMessage(msg('security.alert', { severity: 'low', message: '<img src=x onerror=alert(1)>' }))!;
      expect(o.message).to.equal('<img src=x onerror=alert(1)>');
    });

    it('caps node names used in ids', () => {
      const o = formatMessage(msg('node.health', { node_name: 'n'.repeat(1000), health_status: 'unhealthy' }))!;
      expect(o.id!.length).to.be.at.most('node-health-'.length + 64);
    });
  });
});

describe('clip', () => {
  it('does not split a surrogate pair at the cut', () => {
    const text = `${'a'.repeat(8)}😀😀😀`;
    const cut = clip(text, 10);
    expect(cut.endsWith('…')).to.equal(true);
    expect(/[\ud800-\udbff]…$/.test(cut)).to.equal(false);
  });
});
