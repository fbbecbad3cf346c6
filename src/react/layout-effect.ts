import { useEffect, useLayoutEffect } from 'react';

/**
 * Layout effects run in the commit that inserts the element, before its first update (a
 * microtask later): options set there are in place before it connects. On the server
 * neither runs; the switch avoids React 18's server warning about layout effects.
 */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
