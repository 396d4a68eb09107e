import { createContext, use, useSyncExternalStore } from 'react';

/**
 * True while an island hydrates its pre-rendered HTML (app/island-root.tsx provides it, and ends
 * it in a transition once the HTML is React's). Values only the browser knows (the time, stored
 * preferences, the zone) wait for it: when a store disagrees with its server snapshot right after
 * hydrating, React re-renders that component and all under it in one synchronous task; after a
 * transition, the same work comes in slices the browser can interrupt for input. Measured on a
 * 4× slowed CPU: see docs/performance.md.
 */
export const Hydrating = createContext(false);

/** useSyncExternalStore that shows the server snapshot while its island hydrates. */
export function useExternalStore<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const hydrating = use(Hydrating);
  return useSyncExternalStore(
    subscribe,
    hydrating ? getServerSnapshot : getSnapshot,
    getServerSnapshot,
  );
}

export const subscribeToNothing = () => () => undefined;

/**
 * False in the pre-rendered HTML and while its island hydrates, true after. Parts that only work
 * with script (or read the visitor's browser) wait for it, so hydration never meets markup it did
 * not expect.
 */
export function useHydrated(): boolean {
  return useExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
