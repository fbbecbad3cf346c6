import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from './layout-effect.js';

/** A ref to the latest value: handlers need no memoising, and subscriptions are not redone per render. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
