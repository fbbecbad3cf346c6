import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { languageTag } from '../i18n/language.js';
import { localeFor, onTranslationsChange } from '../i18n/registry.js';
import type { Locale, Translation } from '../i18n/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller; one observer and one registry listener serve them all. */
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

const refreshAll = (): void => {
  for (const controller of controllers) controller.refresh();
};

/** Starts watching `lang` and `dir` on the page (`<html>` and below) and new translations, once. */
function watchPage(): void {
  if (observer) return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  onTranslationsChange(refreshAll);
}

/** The closest element to `from` (itself included) with a non-empty `attribute`, crossing shadow roots. */
function closestAttribute(from: Element, attribute: string): string {
  let element: Element | null = from;
  while (element) {
    const found = element.closest(`[${attribute}]:not([${attribute}=""])`);
    if (found) return found.getAttribute(attribute)!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/**
 * The language of an element, in this order: its own `lang`; the closest ancestor's, crossing
 * shadow roots (`<html lang>` included); `navigator.language`; English. A tag that is not
 * valid BCP 47 counts as absent.
 */
export const languageOf = (element: Element): string =>
  languageTag(closestAttribute(element, 'lang')) || languageTag(globalThis.navigator?.language) || 'en';

/**
 * The language, strings and direction of a Lit host; renders the host again when `lang` or `dir`
 * changes on the page or a translation is registered. `dir` is the closest `dir` attribute's,
 * else the language's own (an Arabic page without `dir="rtl"` still reads right to left).
 */
export class LocalizeController implements ReactiveController {
  #host: Host;
  #locale: Locale | undefined;
  #dir: 'ltr' | 'rtl' = 'ltr';
  #dirFromPage = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The resolved language and its complete translation. */
  get locale(): Locale {
    return (this.#locale ??= this.#resolve());
  }

  get lang(): string {
    return this.locale.lang;
  }

  get t(): Translation {
    return this.locale.t;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.locale && this.#dir;
  }

  /**
   * The `dir` for the host's own markup: the language's when no `dir` attribute is around (an
   * Arabic page without `dir="rtl"`), else `nothing`, since the page's direction is inherited
   * already, and follows a change of it at once.
   */
  get dirAttribute(): 'ltr' | 'rtl' | typeof nothing {
    return this.locale && (this.#dirFromPage ? nothing : this.#dir);
  }

  hostConnected(): void {
    controllers.add(this);
    watchPage();
    this.#locale = undefined;
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Resolves again before each render: the host may have moved, or a shadow ancestor's `lang` changed. */
  hostUpdate(): void {
    this.#locale = undefined;
  }

  /** The page's `lang` or `dir` changed, or a translation arrived: rare, so always re-render. */
  refresh(): void {
    this.#locale = undefined;
    this.#host.requestUpdate();
  }

  #resolve(): Locale {
    const dir = closestAttribute(this.#host, 'dir');
    const locale = localeFor(languageOf(this.#host));
    this.#dirFromPage = dir === 'rtl' || dir === 'ltr';
    this.#dir = this.#dirFromPage ? (dir as 'ltr' | 'rtl') : locale.t.$dir;
    return locale;
  }
}
