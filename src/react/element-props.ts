import { type RefObject, useEffect, useRef, version } from 'react';
import { useIsomorphicLayoutEffect } from './layout-effect.js';
import { useLatest } from './latest.js';

/** Props that go to the tag as React renders them; every other prop is an element property. */
const DOM_PROP = /^(children|id|className|style|slot|hidden|title|role|lang|dir|tabIndex|aria-.*|data-.*)$/;

/** React 18 renders `className` on a custom element as an attribute named `className`. */
const CLASS = Number.parseInt(version, 10) < 19 ? 'class' : 'className';

/** Splits props into those React renders on the tag and the element's own properties. */
export function splitProps(props: Record<string, unknown>, events: Record<string, string>) {
  const dom: Record<string, unknown> = {};
  const own: Record<string, unknown> = {};
  for (const key in props) {
    if (key in events) continue;
    if (DOM_PROP.test(key)) dom[key === 'className' ? CLASS : key] = props[key];
    else own[key] = props[key];
  }
  return { dom, own };
}

/**
 * Sets properties on the element and listens to its events through a ref, the same in React
 * 18 (which only sets attributes on custom elements) and 19, and never as attributes: a token
 * must not reach the DOM or server-rendered HTML. A property whose prop goes away returns to
 * the element's default. Properties are set in a layout effect, before the element's first
 * update (so before it connects); event props call the latest handler.
 */
export function useElementProps(
  ref: RefObject<HTMLElement | null>,
  own: Record<string, unknown>,
  events: Record<string, string>,
  handlers: Record<string, unknown>,
): void {
  const defaults = useRef<Record<string, unknown>>({}).current;
  useIsomorphicLayoutEffect(() => {
    const element = ref.current as unknown as Record<string, unknown> | null;
    if (!element) return;
    for (const key of new Set([...Object.keys(own), ...Object.keys(defaults)])) {
      if (!(key in defaults)) defaults[key] = element[key];
      const value = own[key] === undefined ? defaults[key] : own[key];
      if (element[key] !== value) element[key] = value;
    }
  });
  const latest = useLatest(handlers);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const stop = new AbortController();
    for (const prop in events) {
      element.addEventListener(events[prop]!, (event) => (latest.current[prop] as ((event: Event) => void) | undefined)?.(event), {
        signal: stop.signal,
      });
    }
    return () => stop.abort();
  }, [ref, events, latest]);
}
