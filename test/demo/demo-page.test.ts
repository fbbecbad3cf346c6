import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The live demo (index.html) in a same-origin frame, against the real endpoint and demo API,
// mounted on the test server the way the Vite plugin mounts them under `npm start`.
describe('demo page', function () {
  this.timeout(40_000);
  let frame: HTMLIFrameElement;

  const doc = () => frame.contentDocument!;
  const state = () => doc().querySelector('#state')?.textContent;
  const click = (selector: string) => doc().querySelector<HTMLButtonElement>(selector)!.click();
  const logTypes = () => [...doc().querySelectorAll<HTMLLIElement>('#log li')].map((row) => row.dataset.type);
  const pillText = () => {
    const root = doc().querySelector('streamspace-connection-status')?.shadowRoot;
    return [root?.querySelector('[part~="label"]')?.textContent, root?.querySelector('[part~="action-button"]')?.textContent].filter(Boolean).join(' · ');
  };
  const toastText = () => {
    const stack = doc().querySelector('streamspace-toast-stack');
    return stack?.shadowRoot?.textContent ?? '';
  };
  // On timeout, say where the page was: its connection state and the latest log lines.
  const until = (predicate: () => unknown, message: string) =>
    waitUntil(predicate, message, { timeout: 15_000 }).catch((error: Error) => {
      throw new Error(`${error.message} (state: ${state()}; log: ${logTypes().slice(0, 8).join(', ')}; last: ${doc().querySelector('#log li')?.textContent})`);
    });

  before(async () => {
    await executeServerCommand('streamspace-demo-mount');
    localStorage.removeItem('streamspace-auth');
    frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/index.html';
    document.body.append(frame);
    await loaded;
  });

  after(async () => {
    frame.remove();
    localStorage.removeItem('streamspace-auth');
    await executeServerCommand('streamspace-demo-unmount');
  });

  it('signs in, stores the token as StreamSpace does, and connects with the default URL', async () => {
    await until(() => state() === 'open', 'the demo connects');
    const stored = JSON.parse(localStorage.getItem('streamspace-auth') ?? '{}') as { state?: { token?: string } };
    expect(stored.state?.token).to.be.a('string');
    await until(() => logTypes().includes('connection'), 'the welcome message is logged');
    await until(() => pillText() === 'Live', 'the header pill says Live');
  });

  it('shows a fired event in the log (via document listeners) and as a toast', async () => {
    click('[data-fire="security.alert"]');
    await until(() => logTypes().includes('security.alert'), 'the alert reaches the log');
    await until(() => toastText().includes('Security alert'), 'the alert shows as a toast');
  });

  it('receives every message of a 1,000-message burst', async () => {
    const received = () => Number(doc().querySelector('#received')!.textContent!.replace(/\D/g, ''));
    const before = received();
    click('#burst');
    await until(() => received() >= before + 1000, 'all burst messages arrive');
    expect(state()).to.equal('open');
  });

  it('the header bell counts what the toasts showed, and its panel lists it', async () => {
    const center = doc().querySelector('streamspace-notification-center')!;
    await until(() => center.unreadCount > 0, 'the bell counts unread entries');
    const bell = center.shadowRoot!.querySelector('[part="bell"]')!;
    expect(bell.getAttribute('aria-label')).to.match(/^Notifications, \d+ unread$/);
    center.show();
    await until(() => center.shadowRoot!.querySelectorAll('[part~="entry"]').length > 0, 'the panel lists entries');
    expect(center.shadowRoot!.querySelectorAll('[part~="entry"]').length).to.be.at.most(50);
    center.markAllRead();
    await until(() => center.unreadCount === 0, 'mark all read');
    center.hide();
  });

  it('reconnects after the endpoint is stopped and restarted', async () => {
    click('[data-control="stop"]');
    await until(() => state() === 'reconnecting', 'the element backs off');
    expect(Number(doc().querySelector('#attempts')!.textContent)).to.be.greaterThan(0);
    await until(() => /^Reconnecting in \d+ s \(attempt \d+ of 10\) · Reconnect now$/.test(pillText()), 'the header pill counts down');
    click('[data-control="restart"]');
    await until(() => state() === 'open', 'the element reconnects');
    await until(() => pillText() === 'Live', 'the header pill says Live again');
  });

  it('stops retrying when the token is revoked, and connects again after signing in', async () => {
    click('[data-control="expire-token"]');
    await until(() => state() === 'unauthenticated', 'the refused token is recognised');
    await until(() => logTypes().includes('streamspace-auth-failed'), 'the page hears streamspace-auth-failed');
    expect(pillText()).to.equal('Signed out');
    click('#sign-in');
    await until(() => state() === 'open', 'a fresh token connects');
  });

  const problem = () => doc().querySelector('#problem')?.textContent ?? '';
  // Earlier bursts fill the visible toasts; start each problem with an empty stack.
  const clearToasts = () => doc().querySelector('streamspace-toast-stack')!.dismissAll();

  it('"Server drops a slow client": closed with 1005, reconnects', async () => {
    click('[data-control="slow-client"]');
    await until(() => doc().querySelector('#last-close')?.textContent?.startsWith('1005'), 'dropped with 1005');
    await until(() => state() === 'open', 'the element reconnects');
  });

  it('"Wrong origin": reports handshake-refused and keeps retrying; fixed, it connects', async () => {
    clearToasts();
    click('[data-control="wrong-origin"]');
    await until(() => problem().startsWith('handshake-refused'), 'the probe shows the token is fine');
    expect(state()).to.be.oneOf(['reconnecting', 'connecting']);
    expect(toastText()).to.contain('Server refused the connection');
    // "Fix the server" alone brings the connection back.
    click('[data-control="fix-server"]');
    await until(() => state() === 'open', 'reconnects once the origin is allowed');
  });

  it('"Unusable token": not sent, "Sign-in not accepted"; signing in again connects', async () => {
    clearToasts();
    doc().querySelector<HTMLButtonElement>('[data-token="unusable"]')!.click();
    await until(() => problem().startsWith('unusable (400)'), 'the token is recognised as unusable');
    expect(state()).to.equal('unauthenticated');
    expect(toastText()).to.contain('Sign-in not accepted');
    click('#sign-in');
    await until(() => state() === 'open', 'a fresh token connects');
  });

  it('"Disabled account": forbidden, "Account disabled"; fixed and signed in again, it connects', async () => {
    clearToasts();
    click('[data-control="disable-account"]');
    await until(() => problem().startsWith('forbidden (403)'), 'the disabled account is recognised');
    expect(state()).to.equal('unauthenticated');
    expect(toastText()).to.contain('Account disabled');
    await until(() => pillText() === 'Account disabled', 'the pill says why');

    // A reload: the page says what the server still does wrong, before the element finds out.
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await loaded;
    const serverStatus = () => doc().querySelector('#server-status')?.textContent ?? '';
    await until(() => serverStatus().startsWith('Account disabled'), 'the status line names the disabled account after a reload');
    expect(problem()).to.contain('disabled');

    click('[data-control="fix-server"]');
    await until(() => state() === 'open', '"Fix the server" alone connects once the account is enabled');
  });

  it('the state panel is plain text: no live region ticks with the retry countdown', () => {
    expect(doc().querySelectorAll('.facts output, .facts [aria-live], .facts [role="status"], .facts [role="alert"]')).to.have.length(0);
  });

  it('shows which tab leads and the sockets held for the user; a second tab shares the socket', async () => {
    const text = (d: Document, id: string) => d.getElementById(id)?.textContent ?? '';
    await until(() => text(doc(), 'sharing').startsWith('leader') && text(doc(), 'user-sockets') === '1', 'the panel shows the leader and one socket');
    expect(doc().querySelector<HTMLAnchorElement>('#tabs-hint a')?.target).to.equal('_blank');
    const second = document.createElement('iframe');
    second.style.width = '1200px';
    second.style.height = '600px';
    second.src = '/index.html';
    document.body.append(second);
    try {
      const other = () => second.contentDocument!;
      await until(() => other()?.getElementById('state')?.textContent === 'open', 'the second tab is open');
      await until(() => text(other(), 'sharing').startsWith('follower'), 'the second tab follows');
      await until(() => text(doc(), 'user-sockets') === '1' && text(other(), 'user-sockets') === '1', 'still one socket');
    } finally {
      second.remove();
    }
  });
});
