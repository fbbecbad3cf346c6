// Where CSS anchor positioning can be trusted with the notification center's panel.
import { placePanel } from './panel-parts.js';

const anchored = typeof CSS !== 'undefined' && CSS.supports?.('position-area', 'block-end');

/**
 * Puts the open panel beside the bell: CSS anchor positioning where the engine has it and it
 * can mirror (see below) and really placed the panel by the bell; else the element places it.
 */
export function anchorPanel(host: HTMLElement, panel: HTMLElement, bell: Element, placement: string): void {
  for (const property of ['position-area', 'position-try-fallbacks', 'top', 'left', 'max-block-size']) panel.style.removeProperty(property);
  if (anchored && anchorFollowsDirection(host) && besideAnchor(panel.getBoundingClientRect(), bell.getBoundingClientRect())) return;
  // No anchor placement, and no fallback flipping what is placed here.
  panel.style.setProperty('position-area', 'none');
  panel.style.setProperty('position-try-fallbacks', 'none');
  placePanel(panel, bell, placement, getComputedStyle(host).direction === 'rtl');
}

/**
 * `position-area`'s logical keywords (`span-inline-start`) follow the direction of the panel's
 * containing block, the viewport, so the page's: in a section whose direction differs (`dir`
 * on an ancestor rather than on `<html>`) CSS cannot mirror the panel. WebKit then places it
 * as in the page's direction, and Firefox far from the bell (measured in Firefox 153: panel at
 * x 4–390, bell at x 564–600); the element places the panel itself there.
 */
export const anchorFollowsDirection = (host: Element): boolean =>
  getComputedStyle(host).direction === getComputedStyle(host.ownerDocument.documentElement).direction;

/**
 * Whether the panel really sits beside its anchor: no more than `slack` px away from it on
 * both axes (a margin apart, flipped or clamped into the viewport, it still touches the
 * anchor's row and column). A safety net for any other misplacement.
 */
export function besideAnchor(panel: DOMRect, anchor: DOMRect, slack = 8): boolean {
  const apartInline = Math.max(panel.left - anchor.right, anchor.left - panel.right);
  const apartBlock = Math.max(panel.top - anchor.bottom, anchor.top - panel.bottom);
  return apartInline <= slack && apartBlock <= slack;
}
