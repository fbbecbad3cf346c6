import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { itWithMediaEmulation, resetMedia } from '../helpers/engine.js';
import type { StreamSpaceNotificationCenter } from '../../src/elements/notification-center/notification-center.js';
import type { StreamSpaceEnterpriseWs } from '../../src/elements/enterprise-ws/enterprise-ws.js';
import type { HistoryEntry } from '../../src/history/types.js';
import { startMockEndpoint } from '../helpers/mock-server.js';
import { userKey } from '../../src/connection/user-key.js';
import { alert, bell, isOpen, jwt, freshUser, message, mount, open, panel, part, parts, titles, type Mounted } from './notification-center.helpers.js';

const centre = (element: Element): [number, number] => {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
};

describe('<streamspace-notification-center>', () => {
  let mounted: Mounted | undefined;

  afterEach(async () => {
    mounted?.endpoint.stop();
    mounted = undefined;
    await resetMouse();
    await resetMedia();
  });

  describe('bell', () => {
    it('is a button named "Notifications, N unread" with a badge whose digits screen readers skip', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      expect(bell(center).getAttribute('aria-label')).to.equal('Notifications, 0 unread');
      expect(!!part(center, 'badge')).to.be.false;
      await send([alert('a'), alert('b'), alert('c')]);
      expect(bell(center).getAttribute('aria-label')).to.equal('Notifications, 3 unread');
      expect(part(center, 'badge')!.textContent).to.equal('3');
      expect(part(center, 'badge')!.getAttribute('aria-hidden')).to.equal('true');
      expect(center.unreadCount).to.equal(3);
    });

    it('shows 99+ above 99', async () => {
      mounted = await mount();
      await mounted.send(Array.from({ length: 120 }, (_, i) => alert(`a${i}`)));
      expect(part(mounted.center, 'badge')!.textContent).to.equal('99+');
      expect(bell(mounted.center).getAttribute('aria-label')).to.equal('Notifications, 120 unread');
    });

    it('fires streamspace-unread-change with the count', async () => {
      mounted = await mount();
      const counts: number[] = [];
      mounted.center.addEventListener('streamspace-unread-change', (event) => counts.push(event.detail.count));
      await mounted.send([alert('a'), alert('b')]);
      mounted.center.markAllRead();
      await waitUntil(() => counts.length === 2);
      expect(counts).to.deep.equal([2, 0]);
    });
  });

  describe('panel', () => {
    it('opens from the bell as a non-modal dialog in the top layer, labelled by its heading, with focus inside', async () => {
      mounted = await mount();
      const { center } = mounted;
      await sendMouse({ type: 'click', position: centre(bell(center)) });
      await waitUntil(() => isOpen(center) && center.shadowRoot!.activeElement === panel(center), 'focus never moved in');
      const dialog = panel(center);
      expect(dialog.getAttribute('role')).to.equal('dialog');
      expect(dialog.getAttribute('popover')).to.equal('auto');
      expect(dialog.getAttribute('aria-modal')).to.equal(null);
      const heading = center.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent).to.equal('Notifications');
      expect(bell(center).getAttribute('aria-expanded')).to.equal('true');
    });

    it('Escape closes it and focus returns to the bell', async () => {
      mounted = await mount();
      const { center } = mounted;
      await open(center);
      await waitUntil(() => center.shadowRoot!.activeElement === panel(center));
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !isOpen(center), 'Escape did not close it');
      await waitUntil(() => center.shadowRoot!.activeElement === bell(center), 'focus did not return to the bell');
      expect(bell(center).getAttribute('aria-expanded')).to.equal('false');
    });

    it('a click outside closes it and focus returns to the bell', async () => {
      mounted = await mount();
      const { center } = mounted;
      await open(center);
      await sendMouse({ type: 'click', position: [5, innerHeight - 5] });
      await waitUntil(() => !isOpen(center), 'a click outside did not close it');
      await waitUntil(() => center.shadowRoot!.activeElement === bell(center), 'focus did not return to the bell');
    });

    it('a click on another control outside leaves focus there', async () => {
      mounted = await mount();
      const { center } = mounted;
      const input = document.createElement('input');
      input.style.cssText = 'position: fixed; left: 0; bottom: 0';
      document.body.append(input);
      try {
        await open(center);
        await sendMouse({ type: 'click', position: centre(input) });
        await waitUntil(() => !isOpen(center));
        await aTimeout(20);
        expect(document.activeElement === input).to.be.true;
      } finally {
        input.remove();
      }
    });

    it('show(), hide() and toggle()', async () => {
      mounted = await mount();
      const { center } = mounted;
      center.show();
      await waitUntil(() => isOpen(center));
      center.hide();
      await waitUntil(() => !isOpen(center));
      center.toggle();
      await waitUntil(() => isOpen(center));
      center.toggle();
      await waitUntil(() => !isOpen(center));
    });

    it('stays inside the viewport, below the bell by default and above it when there is no room', async () => {
      mounted = await mount();
      const { center } = mounted;
      await mounted.send(Array.from({ length: 20 }, (_, i) => alert(`a${i}`)));
      center.style.cssText = 'position: fixed; top: 4px; right: 4px';
      await open(center);
      let box = panel(center).getBoundingClientRect();
      const bellBox = bell(center).getBoundingClientRect();
      expect(box.top).to.be.at.least(bellBox.bottom - 1);
      expect(box.right).to.be.closeTo(bellBox.right, 6, 'bottom-end: the end edges line up');
      expect(box.bottom).to.be.at.most(innerHeight);
      center.hide();
      await waitUntil(() => !isOpen(center));
      center.style.cssText = 'position: fixed; bottom: 4px; left: 4px';
      await open(center);
      box = panel(center).getBoundingClientRect();
      expect(box.bottom).to.be.at.most(center.getBoundingClientRect().top + 1);
      expect(box.top).to.be.at.least(0);
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(innerWidth);
    });

    it('placement top-start opens above, aligned to the start edge; RTL mirrors it', async () => {
      mounted = await mount({ center: '<streamspace-notification-center placement="top-start"></streamspace-notification-center>' });
      const { center } = mounted;
      center.style.cssText = 'position: fixed; bottom: 8px; left: 200px';
      await open(center);
      let box = panel(center).getBoundingClientRect();
      const bellBox = bell(center).getBoundingClientRect();
      expect(box.bottom).to.be.at.most(bellBox.top + 1);
      expect(box.left).to.be.closeTo(bellBox.left, 6);
      center.hide();
      await waitUntil(() => !isOpen(center));
      center.parentElement!.dir = 'rtl';
      center.style.cssText = 'position: fixed; bottom: 8px; right: 200px';
      await open(center);
      box = panel(center).getBoundingClientRect();
      expect(box.right).to.be.closeTo(bell(center).getBoundingClientRect().right, 6, 'start is the right edge in RTL');
    });
  });

  // `dir="rtl"` on a section, not on <html>: CSS anchor positioning follows the page's
  // direction (WebKit), or put the panel far from the bell (Firefox), in every placement; the
  // element places it itself there.
  describe('in a section with dir="rtl"', () => {
    for (const placement of ['bottom-end', 'bottom-start', 'top-end', 'top-start']) {
      it(`placement ${placement}: beside the bell, start being the right edge`, async () => {
        mounted = await mount({ center: `<streamspace-notification-center placement="${placement}"></streamspace-notification-center>` });
        const { center } = mounted;
        const [block, inline] = placement.split('-');
        center.parentElement!.dir = 'rtl';
        // Mid-width, so the panel fits on either side and no fallback applies.
        center.style.cssText = `position: fixed; ${block === 'top' ? 'bottom' : 'top'}: 8px; left: calc(50vw - 18px); --streamspace-center-width: 300px`;
        await open(center);
        const box = panel(center).getBoundingClientRect();
        const bellBox = bell(center).getBoundingClientRect();
        expect(innerWidth, 'room on both sides of the bell').to.be.at.least(2 * box.width + bellBox.width);
        if (block === 'top') expect(box.bottom).to.be.closeTo(bellBox.top, 6, 'above the bell');
        else expect(box.top).to.be.closeTo(bellBox.bottom, 6, 'below the bell');
        if (inline === 'start') expect(box.right).to.be.closeTo(bellBox.right, 6, 'right edges aligned');
        else expect(box.left).to.be.closeTo(bellBox.left, 6, 'left edges aligned');
      });
    }
  });

  describe('entries', () => {
    it('each with an icon, title, text-only message, <time datetime> and unread marker', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      await send([alert(hostile, 'critical', 300)]);
      await open(center);
      const [entry] = parts(center, 'entry');
      expect(entry.getAttribute('part')).to.equal('entry entry-error entry-unread');
      expect(!!entry.querySelector('[part="icon"] svg')).to.be.true;
      expect(entry.querySelector('[part="title"]')!.textContent).to.contain('Security alert: Failed login');
      expect(entry.querySelector('[part="title"]')!.textContent).to.contain('Unread');
      expect(entry.querySelector('[part="message"]')!.textContent).to.equal(hostile);
      expect(!!entry.querySelector('img, b')).to.be.false;
      const time = entry.querySelector('time')!;
      expect(Date.parse(time.dateTime)).to.be.closeTo(Date.now() - 300_000, 5000);
      expect(time.textContent).to.equal('5 minutes ago');
      expect(entry.querySelector('[part="delete-button"]')!.getAttribute('aria-label')).to.equal(
        'Delete notification: Security alert: Failed login',
      );
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('words times in the page’s language', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      center.parentElement!.lang = 'de';
      await send([alert('a', 'high', 7200)]);
      await open(center);
      expect(part(center, 'time')!.textContent).to.equal('vor 2 Stunden');
    });

    it('newest first; an entity updates its entry in place', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send([message('node.health', { node_name: 'n1', health_status: 'degraded' }, 60), alert('later', 'high', 30)]);
      await send([message('node.health', { node_name: 'n1', health_status: 'unhealthy' }, 0)], 2);
      await open(center);
      expect(parts(center, 'title').map((t) => t.textContent!.replace(/^.*: /, ''))).to.deep.equal(['Node unhealthy', 'Failed login']);
    });

    it('activating an entry marks it read and fires the cancelable streamspace-notification-click; not cancelled, the panel closes', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send([alert('a'), alert('b')]);
      const clicks: HistoryEntry[] = [];
      let cancel = true;
      center.addEventListener('streamspace-notification-click', (event) => {
        expect(event.cancelable).to.be.true;
        clicks.push(event.detail.entry);
        if (cancel) event.preventDefault();
      });
      await open(center);
      parts(center, 'entry-button')[0].click();
      await center.updateComplete;
      expect(clicks).to.have.length(1);
      expect(clicks[0]).to.include({ message: 'b', read: true });
      expect(center.unreadCount).to.equal(1);
      expect(isOpen(center), 'cancelled: stays open').to.be.true;
      cancel = false;
      parts(center, 'entry-button')[1].click();
      await waitUntil(() => !isOpen(center), 'not cancelled: closes');
      expect(center.unreadCount).to.equal(0);
    });

    it('the delete button removes the entry and keeps focus in the list', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send([alert('a'), alert('b'), alert('c')]);
      await open(center);
      const deletes = parts<HTMLButtonElement>(center, 'delete-button');
      deletes[1].focus();
      deletes[1].click();
      await waitUntil(() => center.entries.length === 2);
      await center.updateComplete;
      expect(titles(center)).to.deep.equal(['c', 'a']);
      expect(center.shadowRoot!.activeElement === parts(center, 'entry-button')[1], 'focus on the next entry').to.be.true;
    });

    it('at most 50 entries in the DOM; "Show more" adds the next 50', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send(Array.from({ length: 120 }, (_, i) => alert(`a${i}`)));
      await open(center);
      expect(parts(center, 'entry')).to.have.length(50);
      part<HTMLButtonElement>(center, 'show-more')!.click();
      // Added a few a frame, never fifty in one.
      const counts = [50];
      while (counts.at(-1)! < 100 && counts.length < 100) {
        await nextFrame();
        counts.push(parts(center, 'entry').length);
      }
      expect(counts.at(-1)).to.equal(100);
      expect(Math.max(...counts.slice(1).map((count, i) => count - counts[i]))).to.be.at.most(20);
      part<HTMLButtonElement>(center, 'show-more')!.click();
      await waitUntil(() => parts(center, 'entry').length === 120);
      expect(!!part(center, 'show-more')).to.be.false;
    });

    it('entries arriving while the list is scrolled wait behind an "N new" button', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send(Array.from({ length: 40 }, (_, i) => alert(`old ${i}`)));
      await open(center);
      const list = part(center, 'list')!;
      list.scrollTop = 200;
      list.dispatchEvent(new Event('scroll'));
      const firstBefore = titles(center)[0];
      await send([alert('new 1'), alert('new 2')]);
      expect(part(center, 'new')!.textContent).to.equal('2 new');
      expect(titles(center)[0]).to.equal(firstBefore);
      part<HTMLButtonElement>(center, 'new')!.click();
      await center.updateComplete;
      expect(titles(center)[0]).to.equal('new 2');
      expect(!!part(center, 'new')).to.be.false;
      await waitUntil(() => part(center, 'list')!.scrollTop === 0);
    });

    it('"Mark all read" and "Clear all"', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send([alert('a'), alert('b')]);
      await open(center);
      const [markAll, clearAll] = parts<HTMLButtonElement>(center, 'action');
      expect(markAll.textContent).to.equal('Mark all read');
      markAll.focus();
      markAll.click();
      await center.updateComplete;
      expect(center.unreadCount).to.equal(0);
      // Nothing left to do, yet still focusable: focus never falls to <body>.
      expect(markAll.getAttribute('aria-disabled')).to.equal('true');
      expect(center.shadowRoot!.activeElement === markAll).to.be.true;
      expect(clearAll.textContent).to.equal('Clear all');
      clearAll.focus();
      clearAll.click();
      await center.updateComplete;
      // The list empties at once; "Undo" takes the button's place until the panel closes or time is up.
      expect(center.shadowRoot!.activeElement === clearAll).to.be.true;
      expect(part(center, 'empty')!.textContent).to.equal('No notifications');
      expect(clearAll.textContent).to.equal('Undo');
      center.hide();
      await waitUntil(() => center.entries.length === 0, 'closing the panel did not complete the clear');
    });

    it('filters: All, Unread, Alerts', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send([
        alert('warning', 'low', 30),
        message('scaling.event', { action: 'scale_up', result: 'success' }, 20),
        alert('error', 'critical', 10),
      ]);
      await open(center);
      const filters = parts<HTMLButtonElement>(center, 'filter');
      expect(filters.map((f) => [f.textContent, f.getAttribute('aria-pressed')])).to.deep.equal([
        ['All', 'true'],
        ['Unread', 'false'],
        ['Alerts', 'false'],
      ]);
      expect(part(center, 'filters')!.getAttribute('role')).to.equal('group');
      parts<HTMLButtonElement>(center, 'entry-button')[0].click(); // reads "error" (and closes)
      await open(center);
      parts<HTMLButtonElement>(center, 'filter')[1].click();
      await center.updateComplete;
      expect(titles(center)).to.deep.equal(['Scale up succeeded.', 'warning']);
      parts<HTMLButtonElement>(center, 'filter')[2].click();
      await center.updateComplete;
      expect(titles(center)).to.deep.equal(['error', 'warning']);
      expect(parts(center, 'filter')[2].getAttribute('aria-pressed')).to.equal('true');
    });

    it('show(id) opens the panel at that entry, beyond the first 50 too', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send(Array.from({ length: 80 }, (_, i) => alert(`a${i}`)));
      const target = center.entries[70];
      center.show(target.id);
      await waitUntil(() => (center.shadowRoot!.activeElement as HTMLElement | null)?.closest('li')?.dataset.id === target.id);
      expect(parts(center, 'entry').length).to.be.at.least(71);
    });

    it('relative times update while open, on one timer', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send([alert('a', 'high', 30)]);
      const intervals: number[] = [];
      const realSet = window.setInterval;
      const realClear = window.clearInterval;
      const live = new Set<number>();
      window.setInterval = ((fn: () => void, ms: number) => {
        const id = realSet(fn, ms);
        live.add(id);
        intervals.push(ms);
        return id;
      }) as typeof setInterval;
      window.clearInterval = ((id: number) => {
        live.delete(id);
        realClear(id);
      }) as typeof clearInterval;
      try {
        await open(center);
        expect(live.size).to.equal(1);
        center.hide();
        await waitUntil(() => !isOpen(center));
        expect(live.size).to.equal(0);
      } finally {
        window.setInterval = realSet;
        window.clearInterval = realClear;
      }
    });
  });

  describe('finding the connection', () => {
    const container = () =>
      fixture<HTMLDivElement>(html`<div>
        <streamspace-enterprise-ws id="one" manual history-storage="session"></streamspace-enterprise-ws>
        <section><streamspace-enterprise-ws id="two" manual history-storage="session"><span></span></streamspace-enterprise-ws></section>
      </div>`);

    it('by `for`, else the closest, else the first in the document', async () => {
      const root = await container();
      const [, two] = root.querySelectorAll('streamspace-enterprise-ws');
      const byId = document.createElement('streamspace-notification-center');
      byId.htmlFor = 'two';
      root.append(byId);
      const inside = document.createElement('streamspace-notification-center');
      two.querySelector('span')!.append(inside);
      const anywhere = document.createElement('streamspace-notification-center');
      root.append(anywhere);
      await waitUntil(() => byId.connectionElement && inside.connectionElement && anywhere.connectionElement);
      expect([byId, inside, anywhere].map((c) => c.connectionElement?.id)).to.deep.equal(['two', 'two', 'one']);
    });

    it('one attached later', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><streamspace-notification-center></streamspace-notification-center></div>`);
      const center = root.querySelector('streamspace-notification-center')!;
      await center.updateComplete;
      expect(center.connectionElement === null).to.be.true;
      expect(center.entries).to.deep.equal([]);
      const ws = document.createElement('streamspace-enterprise-ws');
      ws.manual = true;
      root.append(ws);
      await waitUntil(() => center.connectionElement === ws, 'the later element was not found');
    });
  });

  describe('history storage', () => {
    it('persistent: entries survive a reload (a new element for the same user)', async () => {
      const user = freshUser();
      mounted = await mount({ storage: 'persistent', user });
      await mounted.send([alert('kept')]);
      await waitForStored(user, 1);
      mounted.ws.parentElement!.remove();
      mounted.endpoint.stop();
      mounted = await mount({ storage: 'persistent', user });
      await waitUntil(() => mounted!.center.entries.length === 1, 'the stored entry was not loaded');
      expect(mounted.center.entries[0].message).to.equal('kept');
    });

    it('off: keeps nothing', async () => {
      mounted = await mount({ storage: 'off' });
      mounted.endpoint.server.emit('message', JSON.stringify(alert('a')));
      await aTimeout(100);
      expect(mounted.center.entries).to.have.length(0);
    });

    it('the connection’s own toasts are not kept', async () => {
      mounted = await mount({ notifications: 'true' });
      await mounted.send([alert('a')]);
      mounted.endpoint.server.close();
      await waitUntil(() => mounted!.ws.state !== 'open');
      await aTimeout(100);
      expect(mounted.center.entries.map((e) => e.type)).to.deep.equal(['security.alert']);
    });

    it('another user signing in never sees the previous user’s entries', async () => {
      mounted = await mount({ storage: 'persistent' });
      await mounted.send([alert('private')]);
      mounted.ws.token = jwt(freshUser());
      mounted.ws.reconnect();
      await waitUntil(() => mounted!.center.entries.length === 0, 'the previous user’s entries stayed');
    });
  });

  describe('themes, RTL, motion', () => {
    const colours = (center: StreamSpaceNotificationCenter) => getComputedStyle(panel(center)).backgroundColor;

    itWithMediaEmulation('light, dark and auto (prefers-color-scheme)', async () => {
      mounted = await mount();
      const { center } = mounted;
      await open(center);
      center.theme = 'light';
      await center.updateComplete;
      const light = colours(center);
      center.theme = 'dark';
      await center.updateComplete;
      const dark = colours(center);
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.not.equal(light);
      center.theme = 'auto';
      await emulateMedia({ colorScheme: 'dark' });
      await center.updateComplete;
      expect(colours(center)).to.equal(dark);
      await emulateMedia({ colorScheme: 'light' });
      expect(colours(center)).to.equal(light);
    });

    itWithMediaEmulation('no opening animation with reduced motion', async () => {
      mounted = await mount();
      await emulateMedia({ reducedMotion: 'reduce' });
      await open(mounted.center);
      expect(getComputedStyle(panel(mounted.center)).animationName).to.equal('none');
    });

    it('mirrors in RTL (logical properties)', async () => {
      mounted = await mount();
      const { center, send } = mounted;
      await send([alert('a')]);
      center.parentElement!.dir = 'rtl';
      await open(center);
      const entry = parts(center, 'entry-button')[0];
      const icon = entry.querySelector('.icon')!.getBoundingClientRect();
      const title = entry.querySelector('.title')!.getBoundingClientRect();
      expect(icon.left).to.be.greaterThan(title.left, 'the icon is on the right');
    });
  });

  describe('accessibility (axe), panel open', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes in the ${theme} theme`, async () => {
        mounted = await mount();
        const { center, send } = mounted;
        center.theme = theme as 'light' | 'dark';
        await send([
          alert('Critical thing', 'critical', 10),
          alert('Low thing', 'low', 20),
          message('scaling.event', { action: 'scale_up', result: 'success' }, 30),
          message('schedule.event', { schedule_id: 3, event: 'started' }, 40),
        ]);
        await open(center);
        parts<HTMLButtonElement>(center, 'entry-button')[0].click();
        await open(center);
        await nextFrame();
        await expect(center).to.be.accessible();
      });
    }
  });

  describe('the toast stack’s "+N more"', () => {
    it('is a button that opens the center when the page has one', async () => {
      const endpoint = startMockEndpoint();
      const root = await fixture<HTMLDivElement>(html`<div>
        <streamspace-enterprise-ws url=${endpoint.url} history-storage="session" .token=${jwt(freshUser())}>
          <streamspace-toast-stack duration="0" max-visible="1"></streamspace-toast-stack>
        </streamspace-enterprise-ws>
        <streamspace-notification-center></streamspace-notification-center>
      </div>`);
      try {
        const ws = root.querySelector<StreamSpaceEnterpriseWs>('streamspace-enterprise-ws')!;
        const center = root.querySelector('streamspace-notification-center')!;
        const stack = root.querySelector('streamspace-toast-stack')!;
        await waitUntil(() => ws.state === 'open');
        endpoint.server.emit('message', [alert('a'), alert('b'), alert('c')].map((m) => JSON.stringify(m)).join('\n'));
        const more = () => stack.shadowRoot!.querySelector<HTMLElement>('[part="overflow"]');
        await waitUntil(() => more(), 'no overflow line');
        expect(more()!.localName).to.equal('button');
        more()!.click();
        await waitUntil(() => isOpen(center), 'the center did not open');
      } finally {
        endpoint.stop();
      }
    });
  });
});

/** Resolves once the user's history holds `count` records in IndexedDB. */
async function waitForStored(user: string, count: number): Promise<void> {
  const name = `streamspace-history-${await userKey(jwt(user))}`;
  const stored = async () => {
    // Never create the database here: the element must be the one to create it.
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return 0;
    return new Promise<number>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('entries')) return resolve((db.close(), 0));
        const counting = db.transaction('entries').objectStore('entries').count();
        counting.onsuccess = () => resolve((db.close(), counting.result));
      };
      request.onerror = () => resolve(0);
    });
  };
  await waitUntil(async () => (await stored()) === count, 'never stored');
}
