import { expect, waitUntil } from '@open-wc/testing';
import { CONNECTION_TOAST_ID, FEED_BATCH_LIMIT, FEED_SLICE, ToastFeed, type ToastSink } from '../../src/toast/toast-feed.js';
import { ToastQueue } from '../../src/toast/toast-queue.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';
import type { ToastOptions } from '../../src/toast/types.js';

/** A plain EventTarget standing in for StreamSpaceConnection. */
class FakeConnection extends EventTarget {
  reconnects = 0;
  presenting = true;
  listeners = 0;
  reconnect(): void {
    this.reconnects++;
  }
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.listeners--;
    super.removeEventListener(...args);
  }
  fire(type: string, detail: unknown = {}): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
  message(type: string, data: Record<string, unknown>): void {
    this.fire('streamspace-message', { type, timestamp: '2025-11-15T10:30:00Z', data });
  }
}

/** A sink backed by the real model, so "in place" means what the stack would show. */
function setup(formatter?: ConstructorParameters<typeof ToastFeed>[2]) {
  const connection = new FakeConnection();
  const queue = new ToastQueue({ maxVisible: 10 });
  const shows: ToastOptions[] = [];
  const sink: ToastSink = {
    show: (options) => (shows.push(options), queue.show(options)),
    dismiss: (id) => void queue.dismiss(id),
  };
  const feed = new ToastFeed(connection, sink, formatter);
  // The feed formats messages in batches; here each message is its own batch.
  const message = connection.message.bind(connection);
  connection.message = (type, data) => {
    message(type, data);
    feed.flush();
  };
  return { connection, queue, shows, feed };
}

const texts = (queue: ToastQueue) => queue.toasts.map((t) => t.message);
const alert = { alert_type: 'failed_login', severity: 'high', message: 'Failed login for admin' };

describe('ToastFeed', () => {
  it("shows a message's toast only while its tab presents; connection toasts always", () => {
    const { connection, queue } = setup();
    connection.presenting = false;
    connection.message('security.alert', alert);
    connection.fire('streamspace-open');
    expect(texts(queue)).to.deep.equal(['Real-time updates connected']);
    connection.presenting = true;
    connection.message('security.alert', alert);
    expect(texts(queue).sort()).to.deep.equal(['Failed login for admin', 'Real-time updates connected']);
  });

  describe('connection toasts', () => {
    it('says "connected" on the first open and "reconnected" after a drop, never both', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-open');
      expect(texts(queue)).to.deep.equal(['Real-time updates connected']);
      connection.fire('streamspace-close', { code: 1006, reason: '', wasClean: false });
      connection.fire('streamspace-reconnecting', { attempt: 1, delay: 1000, maxAttempts: 10 });
      connection.fire('streamspace-open');
      expect(texts(queue)).to.deep.equal(['Real-time updates reconnected']);
    });

    it('keeps one "Reconnecting…" toast, updated in place per attempt', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-open');
      for (let attempt = 1; attempt <= 3; attempt++) {
        connection.fire('streamspace-reconnecting', { attempt, delay: 100, maxAttempts: 10 });
      }
      expect(queue.size).to.equal(1);
      expect(queue.toasts[0]).to.include({
        id: CONNECTION_TOAST_ID,
        message: 'Reconnecting… (attempt 3 of 10)',
        severity: 'warning',
        duration: 0,
      });
    });

    it('leaves out an infinite maximum', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-reconnecting', { attempt: 4, delay: 100, maxAttempts: Infinity });
      expect(texts(queue)).to.deep.equal(['Reconnecting… (attempt 4)']);
    });

    it('offers a Retry action after giving up, which calls reconnect()', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-reconnecting', { attempt: 10, delay: 100, maxAttempts: 10 });
      connection.fire('streamspace-failed', { attempts: 10 });
      expect(queue.size).to.equal(1);
      const toast = queue.toasts[0];
      expect(toast).to.include({ severity: 'error', duration: 0 });
      expect(toast.action!.label).to.equal('Retry');
      toast.action!.onClick!(toast);
      expect(connection.reconnects).to.equal(1);
    });

    it('shows an auth failure without any detail of it', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-auth-failed', { code: 4401, reason: 'refused', token: 'eyJ.secret.token' });
      const toast = queue.toasts[0];
      expect(toast).to.include({ severity: 'error', title: 'Signed out', duration: 0 });
      expect(toast.message).to.contain('Sign in again');
      expect(JSON.stringify(toast)).to.not.contain('secret');
      expect(JSON.stringify(toast)).to.not.contain('4401');
    });

    it('says "Sign in again" only when a new token helps; a disabled account is the administrator\'s', () => {
      const shown = (reason: string | undefined) => {
        const { connection, queue } = setup();
        connection.fire('streamspace-auth-failed', { code: 0, reason });
        return queue.toasts[0]!;
      };
      expect(shown('refused')).to.include({ title: 'Signed out' });
      expect(shown('expired')).to.include({ title: 'Session expired', message: 'Sign in again to receive real-time updates.' });
      expect(shown('unusable')).to.include({ title: 'Sign-in not accepted' });
      for (const reason of ['refused', 'expired', 'unusable']) expect(shown(reason).message, reason).to.contain('Sign in again');
      const forbidden = shown('forbidden');
      expect(forbidden).to.include({ severity: 'error', title: 'Account disabled' });
      expect(forbidden.message).to.equal('Contact your administrator to receive real-time updates.');
      expect(forbidden.message).not.to.match(/sign in/i);
      // An older connection without a reason reads as refused.
      expect(shown(undefined)).to.include({ title: 'Signed out' });
    });

    it('a refused handshake with a good token: retries say the server refused, the failed toast speaks to the operator', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-reconnecting', { attempt: 1, delay: 100, maxAttempts: 3 });
      expect(queue.toasts[0]).to.include({ title: 'Cannot connect' });
      connection.fire('streamspace-error', { reason: 'handshake-refused' });
      connection.fire('streamspace-reconnecting', { attempt: 2, delay: 100, maxAttempts: 3 });
      expect(queue.toasts[0]).to.include({ title: 'Server refused the connection', message: 'Reconnecting… (attempt 2 of 3)' });
      connection.fire('streamspace-failed', { attempts: 3, reason: 'handshake-refused' });
      const toast = queue.toasts[0]!;
      expect(queue.size).to.equal(1);
      expect(toast).to.include({ severity: 'error', title: 'Real-time updates unavailable' });
      expect(toast.message).to.contain(`add ${location.origin} to ALLOWED_WEBSOCKET_ORIGIN_1..3.`);
      expect(toast.message).to.contain('Gave up after 3 attempts.');
      expect(toast.message).not.to.match(/sign in/i);
      expect(toast.action!.label).to.equal('Retry');
      // An open ends the streak: later retries are ordinary again.
      connection.fire('streamspace-open');
      connection.fire('streamspace-reconnecting', { attempt: 1, delay: 100, maxAttempts: 3 });
      expect(queue.toasts[0]).to.include({ title: 'Connection lost' });
    });

    it('an ordinary failed toast says nothing of origins', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-failed', { attempts: 10 });
      expect(queue.toasts[0]!.message).to.equal('Gave up after 10 attempts.');
    });

    it('replaces the auth failure once a new token connects', () => {
      const { connection, queue } = setup();
      connection.fire('streamspace-auth-failed', { code: 401 });
      connection.fire('streamspace-open');
      expect(texts(queue)).to.deep.equal(['Real-time updates connected']);
    });
  });

  describe('messages', () => {
    it('shows the default toast per message and stays silent for the welcome and unknown types', () => {
      const { connection, queue } = setup();
      connection.message('connection', { status: 'connected', message: 'Enterprise WebSocket connected' });
      connection.message('acme.thing', {});
      connection.message('security.alert', alert);
      expect(texts(queue)).to.deep.equal(['Failed login for admin']);
    });

    it('updates one toast per webhook delivery', () => {
      const { connection, queue } = setup();
      connection.message('webhook.delivery', { webhook_id: 1, delivery_id: 5, status: 'retrying' });
      connection.message('webhook.delivery', { webhook_id: 1, delivery_id: 5, status: 'success' });
      expect(queue.size).to.equal(1);
      expect(queue.toasts[0]).to.include({ id: 'webhook-delivery-5', severity: 'success' });
    });

    it('announces a node recovery on the toast that reported the trouble', () => {
      const { connection, queue } = setup();
      connection.message('node.health', { node_name: 'n1', health_status: 'unhealthy' });
      connection.message('node.health', { node_name: 'n1', health_status: 'healthy' });
      expect(queue.size).to.equal(1);
      expect(queue.toasts[0]).to.include({ id: 'node-health-n1', title: 'Node recovered' });
    });

    it('uses a custom formatter: options are shown, null is silent, undefined falls back', () => {
      const { connection, queue } = setup({
        formatter: (m: StreamSpaceMessage) =>
          m.type === 'acme.deploy'
            ? { message: 'Deployed', severity: 'success' }
            : m.type === 'security.alert'
              ? null
              : undefined,
      });
      connection.message('acme.deploy', {});
      connection.message('security.alert', alert);
      connection.message('webhook.delivery', { webhook_id: 1, delivery_id: 2, status: 'failed' });
      expect(texts(queue)).to.deep.equal(['Delivery #2 to webhook #1 failed.', 'Deployed']);
    });

    it('takes a formatter set later and ignores non-object answers', () => {
      const { connection, queue, feed } = setup();
      feed.formatter = () => 'not options' as unknown as ToastOptions;
      connection.message('security.alert', alert);
      expect(queue.size).to.equal(0);
      feed.formatter = null;
      connection.message('security.alert', alert);
      expect(queue.size).to.equal(1);
    });

    it('ignores a message event without a message', () => {
      const { connection, shows } = setup();
      connection.dispatchEvent(new Event('streamspace-message'));
      connection.fire('streamspace-message', null);
      expect(shows).to.have.length(0);
    });
  });

  it('removes every listener on disconnect and then shows nothing', () => {
    const { connection, feed, shows } = setup();
    expect(connection.listeners).to.be.greaterThan(0);
    feed.disconnect();
    expect(connection.listeners).to.equal(0);
    connection.fire('streamspace-open');
    connection.message('security.alert', alert);
    expect(shows).to.have.length(0);
    feed.disconnect();
    expect(connection.listeners).to.equal(0);
  });

  it('subscribes instead of listening when the source offers subscribe()', () => {
    const connection = new FakeConnection();
    const subscribers = new Set<(m: StreamSpaceMessage) => void>();
    const source = Object.assign(connection, {
      subscribe: (fn: (m: StreamSpaceMessage) => void) => (subscribers.add(fn), () => void subscribers.delete(fn)),
    });
    const shows: ToastOptions[] = [];
    const feed = new ToastFeed(source, { show: (o) => (shows.push(o), ''), dismiss: () => {} });
    const message = { type: 'security.alert', timestamp: '', data: alert };
    for (const fn of subscribers) fn(message);
    connection.message('security.alert', alert);
    feed.flush();
    expect(shows, 'one toast: events are not read twice').to.have.length(1);
    feed.disconnect();
    expect([subscribers.size, connection.listeners]).to.deep.equal([0, 0]);
  });

  it('does not stop other listeners from getting every message', () => {
    const { connection, queue } = setup();
    let heard = 0;
    connection.addEventListener('streamspace-message', () => heard++);
    for (let i = 0; i < 5000; i++) connection.message('security.alert', { ...alert, message: `alert ${i}` });
    expect(heard).to.equal(5000);
    expect(queue.size).to.be.at.most(110);
  });

  describe('batches (O(1) per message on arrival)', () => {
    const raw = () => {
      const connection = new FakeConnection();
      const shows: ToastOptions[] = [];
      const heard: Array<[StreamSpaceMessage, ToastOptions]> = [];
      const feed = new ToastFeed(connection, { show: (o) => (shows.push(o), ''), dismiss: () => {} });
      feed.listener = (message, toast) => heard.push([message, toast]);
      return { connection, shows, heard, feed };
    };

    it('formats a message after the task that received it, once', async () => {
      const { connection, shows, heard } = raw();
      connection.message('security.alert', alert);
      expect(shows).to.have.length(0);
      await Promise.resolve();
      expect(shows).to.have.length(1);
      expect(heard).to.have.length(1);
      expect(heard[0][0].type).to.equal('security.alert');
      expect(heard[0][1]).to.equal(shows[0]);
    });

    it('in a flood, formats only the newest messages of a batch, in order', () => {
      const { connection, shows, feed } = raw();
      let formatted = 0;
      feed.formatter = () => (formatted++, undefined);
      for (let i = 0; i < 10_000; i++) connection.message('security.alert', { ...alert, message: `alert ${i}` });
      feed.flush();
      expect(formatted).to.equal(FEED_BATCH_LIMIT);
      expect(shows[0].message).to.equal(`alert ${10_000 - FEED_BATCH_LIMIT}`);
      expect(shows.at(-1)!.message).to.equal('alert 9999');
    });

    it('a big batch is formatted a slice per task, so the page stays responsive', async () => {
      const { connection, shows } = raw();
      for (let i = 0; i < 450; i++) connection.message('security.alert', { ...alert, message: `alert ${i}` });
      await Promise.resolve();
      expect(shows).to.have.length(FEED_SLICE);
      await waitUntil(() => shows.length === 450, 'the rest followed', { timeout: 2000, interval: 5 });
      expect(shows.at(-1)!.message).to.equal('alert 449');
    });

    it('a later message waits for the interval, then goes with the others', async () => {
      const { connection, shows } = raw();
      connection.message('security.alert', alert);
      await Promise.resolve();
      connection.message('security.alert', { ...alert, message: 'second' });
      connection.message('security.alert', { ...alert, message: 'third' });
      await Promise.resolve();
      expect(shows).to.have.length(1);
      await waitUntil(() => shows.length === 3, 'the batch came', { timeout: 1000, interval: 5 });
    });

    it('the listener hears message toasts with toasts off, and never the connection’s own', () => {
      const { connection, shows, heard, feed } = raw();
      feed.sink = null;
      connection.fire('streamspace-open');
      connection.fire('streamspace-failed', { attempts: 3 });
      connection.message('security.alert', alert);
      feed.flush();
      expect(shows).to.have.length(0);
      expect(heard.map(([m]) => m.type)).to.deep.equal(['security.alert']);
    });

    it('a throwing formatter costs its own message only', () => {
      const { connection, shows, feed } = raw();
      const errors: unknown[] = [];
      const original = globalThis.reportError;
      globalThis.reportError = (error) => errors.push(error);
      feed.formatter = (m) => {
        if ((m.data as { message: string }).message === 'bad') throw new Error('page bug');
        return undefined;
      };
      connection.message('security.alert', { ...alert, message: 'bad' });
      connection.message('security.alert', { ...alert, message: 'good' });
      feed.flush();
      globalThis.reportError = original;
      expect(shows.map((s) => s.message)).to.deep.equal(['good']);
      expect(errors).to.have.length(1);
    });

    it('disconnect formats what already arrived', () => {
      const { connection, heard, feed } = raw();
      connection.message('security.alert', alert);
      feed.disconnect();
      expect(heard).to.have.length(1);
    });
  });
});
