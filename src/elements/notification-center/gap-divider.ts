import { html, type TemplateResult } from 'lit';
import type { HistoryEntry, HistoryGap } from '../../history/types.js';
import type { NotificationCenterStrings } from './notification-center-strings.js';

const DAY = 86_400_000;

/** A time of day ("18:02"), with the date when it is not within the last day, in the page's language. */
function clock(time: number, now: number, lang?: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  if (now - time > DAY) Object.assign(options, { month: 'short', day: 'numeric' });
  // `lang` is a resolved language (src/i18n): a valid tag.
  return new Intl.DateTimeFormat(lang, options).format(time);
}

/** The gap's words: a span it was not connected, a moment the server was overloaded, or what a catch-up filled. */
export function gapText(gap: HistoryGap, text: NotificationCenterStrings, now: number, lang?: string): string {
  const from = clock(gap.from, now, lang);
  const span = `${from} – ${clock(gap.to, now, lang)}`;
  if (gap.filled !== undefined) return text.caughtUp(gap.filled, gap.reason === 'server-overflow' ? from : span);
  return gap.reason === 'server-overflow' ? text.overflow(from) : text.notConnected(span);
}

/** A divider in the list, read with it (a list item, never an alert). */
export const renderGap = (gap: HistoryGap, text: NotificationCenterStrings, now: number, lang?: string): TemplateResult =>
  html`<li part="gap${gap.filled === undefined ? '' : ' gap-filled'}" class="gap" data-gap=${gap.id}>${gapText(gap, text, now, lang)}</li>`;

/**
 * Entries and gaps in one timeline, newest first: each gap goes before the first entry older
 * than its end. Gaps older than the last entry shown appear only once the list is complete.
 */
export function withGaps(
  entries: readonly HistoryEntry[],
  gaps: readonly HistoryGap[],
  complete: boolean,
  newest: number,
): Array<HistoryEntry | HistoryGap> {
  const out: Array<HistoryEntry | HistoryGap> = [];
  let g = 0;
  // Gaps newer than the newest entry in view (pinned: entries above wait behind "N new").
  while (g < gaps.length && gaps[g]!.to > newest) g++;
  for (const entry of entries) {
    while (g < gaps.length && gaps[g]!.to > entry.timestamp) out.push(gaps[g++]!);
    out.push(entry);
  }
  if (complete) while (g < gaps.length) out.push(gaps[g++]!);
  return out;
}

export const isGap = (item: HistoryEntry | HistoryGap): item is HistoryGap => 'reason' in item;
