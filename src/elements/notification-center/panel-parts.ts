import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryEntry } from '../../history/types.js';
import { closeIcon, severityIcons } from '../toast-stack/toast-icons.js';
import type { NotificationCenterStrings } from './notification-center-strings.js';

/** Without CSS anchor positioning: beside the bell per `placement`, flipped and clamped into the viewport. */
export function placePanel(panel: HTMLElement, bellButton: Element, placement: string, rtl: boolean): void {
  const bell = bellButton.getBoundingClientRect();
  const { width, height } = panel.getBoundingClientRect();
  const [block, inline] = (placement || 'bottom-end').split('-');
  const fitsBelow = bell.bottom + height <= innerHeight;
  const fitsAbove = bell.top >= height;
  const above = block === 'top' ? fitsAbove || !fitsBelow : fitsAbove && !fitsBelow;
  const top = above ? bell.top - height : bell.bottom;
  const left = (inline === 'end') !== rtl ? bell.right - width : bell.left;
  panel.style.setProperty('top', `${Math.max(0, top)}px`);
  panel.style.setProperty('left', `${Math.min(Math.max(0, left), innerWidth - width)}px`);
  // The panel never reaches past the viewport: it scrolls inside instead of scrolling the page.
  panel.style.setProperty('max-block-size', `${Math.max(0, innerHeight - Math.max(0, top))}px`);
}

// Buttons need no type="button": no form reaches into the shadow root, so they never submit.
// The list is one Tab stop: only the current entry's button is tabbable; delete buttons are
// reached by pointer, or replaced by the Delete key. Server text is bidi-isolated (<bdi>, dir=auto).
export function renderEntry(entry: HistoryEntry, text: NotificationCenterStrings, time: string, date: string, current: boolean): TemplateResult {
  const { id, severity, title, message, read } = entry;
  return html`<li part="entry entry-${severity}${read ? '' : ' entry-unread'}" class=${read ? '' : 'unread'} data-id=${id}><button
part="entry-button" class="entry ${severity}" data-do="open" tabindex=${current ? 0 : -1}><span part="icon" class="icon" aria-hidden="true">${severityIcons[severity]}</span><span
part="title" class="title">${read ? '' : html`<span class="visually-hidden">${text.unreadMarker}: </span>`}<span
class="visually-hidden">${text.severity[severity]}: </span><bdi>${title || message}</bdi></span>${title
    ? html`<span part="message" class="message" dir="auto">${message}</span>`
    : nothing}<time part="time" datetime=${new Date(entry.timestamp).toISOString()} title=${date}>${time}</time></button><button
part="delete-button" class="close" data-do="delete" tabindex="-1" aria-label=${text.delete(title || message)}>${closeIcon}</button></li>`;
}

