import { expect } from '@open-wc/testing';
import { NotificationHistory } from '../../src/history/notification-history.js';
import { MAX_GAPS } from '../../src/history/history-gaps.js';
import { withGaps } from '../../src/elements/notification-center/gap-divider.js';
import { gapText } from '../../src/elements/notification-center/gap-divider.js';
import { defaultNotificationCenterStrings as text } from '../../src/elements/notification-center/notification-center-strings.js';
import type { StreamSpaceMessage } from '../../src/protocol/messages.js';

const NOW = Date.parse('2025-11-15T12:00:00Z');
const at = (minutes: number) => Date.parse('2025-11-15T10:00:00Z') + minutes * 60_000;
const message = (minutes: number): StreamSpaceMessage => ({
  type: 'security.alert',
  timestamp: new Date(at(minutes)).toISOString(),
  data: { message: `m${minutes}` },
});
const toast = (minutes: number) => ({ title: '', message: `m${minutes}` });

function history(): NotificationHistory {
  return new NotificationHistory({ now: () => NOW });
}

describe('gaps in the history', () => {
  it('keeps one gap per id, newest first; a filled one wins over the same unfilled one', () => {
    const h = history();
    h.add(message(0), toast(0));
    h.addGap({ from: at(10), to: at(20), reason: 'reconnect' });
    h.addGap({ from: at(30), to: at(30), reason: 'server-overflow' });
    h.addGap({ from: at(10), to: at(20), reason: 'reconnect' });
    expect(h.gaps.map((g) => g.reason)).to.deep.equal(['server-overflow', 'reconnect']);
    h.addGap({ from: at(10), to: at(20), reason: 'reconnect' }, 12);
    h.addGap({ from: at(10), to: at(20), reason: 'reconnect' });
    expect(h.gaps[1]!.filled).to.equal(12);
  });

  it('journals gaps for storage and other tabs, which merge them', () => {
    const a = history();
    const b = history();
    a.addGap({ from: at(10), to: at(20), reason: 'away' });
    const batch = a.takeJournal()!;
    expect(batch.gaps).to.have.length(1);
    b.apply(batch);
    b.apply({ gaps: [{ id: 'x', from: 5, to: 1, reason: 'away' }, { id: 'y', from: 1, to: 2, reason: 'nope' } as never] });
    expect(b.gaps.map((g) => g.id)).to.deep.equal([a.gaps[0]!.id]);
    expect(b.takeJournal()).to.equal(null);
  });

  it('drops gaps that end before the oldest entry, with that entry', () => {
    const h = new NotificationHistory({ now: () => NOW, maxEntries: 2 });
    h.add(message(5), toast(5));
    h.addGap({ from: at(1), to: at(2), reason: 'reconnect' });
    h.addGap({ from: at(6), to: at(7), reason: 'reconnect' });
    expect(h.gaps).to.have.length(1);
    h.add(message(8), toast(8));
    h.add(message(9), toast(9));
    expect(h.gaps).to.have.length(0);
  });

  it('loads stored gaps, deleting the ones no longer shown from storage; clear removes them all', () => {
    const h = history();
    const stored = Array.from({ length: MAX_GAPS + 3 }, (_, i) => ({ id: `away-${i}`, from: at(i), to: at(i), reason: 'away' }));
    h.load([], stored);
    expect(h.gaps).to.have.length(MAX_GAPS);
    expect(h.takeJournal()!.deleteGaps).to.have.length(3);
    h.clear();
    expect(h.gaps).to.have.length(0);
  });

  it('places each gap in the timeline before the first entry older than its end', () => {
    const h = history();
    for (const m of [0, 10, 20]) h.add(message(m), toast(m));
    h.addGap({ from: at(12), to: at(15), reason: 'reconnect' });
    h.addGap({ from: at(25), to: at(25), reason: 'server-overflow' });
    h.addGap({ from: at(-5), to: at(-1), reason: 'away' });
    const label = (item: object) => ('reason' in item ? (item as { reason: string }).reason : (item as { message: string }).message);
    expect(withGaps(h.entries, h.gaps, true, Infinity).map(label)).to.deep.equal(['server-overflow', 'm20', 'reconnect', 'm10', 'm0']);
    // Only part of the list shown: gaps beyond it wait.
    expect(withGaps(h.entries.slice(0, 1), h.gaps, false, Infinity).map(label)).to.deep.equal(['server-overflow', 'm20']);
    // Scrolled (pinned at m10): newer gaps wait behind "N new".
    expect(withGaps(h.entries.slice(1), h.gaps, true, at(10)).map(label)).to.deep.equal(['m10', 'm0']);
  });

  it('words the three kinds and a filled gap', () => {
    const now = at(60);
    const gap = { id: 'g', from: at(2), to: at(55), reason: 'reconnect' as const };
    expect(gapText(gap, text, now, 'en-GB')).to.match(/^Not connected \d\d:\d\d – \d\d:\d\d: notifications from that time are not shown here$/);
    expect(gapText({ ...gap, reason: 'server-overflow' }, text, now, 'en-GB')).to.match(
      /^Some notifications around \d\d:\d\d may be missing: the server was overloaded$/,
    );
    expect(gapText({ ...gap, filled: 12 }, text, now, 'en-GB')).to.match(/^Caught up: 12 notifications from \d\d:\d\d – \d\d:\d\d$/);
    expect(gapText({ ...gap, filled: 1 }, text, now, 'en-GB')).to.match(/^Caught up: 1 notification from/);
  });
});
