import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { mayBeHydrating } from './hydration-phase.ts';

/**
 * useSyncExternalStore for values the browser knows and the build does not (the time, stored
 * preferences): hydration renders the server snapshot, and the move to the browser's value
 * happens in a transition. Why: when a store disagrees with its server snapshot after hydrating,
 * React re-renders that component and everything under it synchronously, hydrating any deferred
 * part inside on the way, in one long task that blocks input; a transition renders the same in
 * slices of a few milliseconds. Later changes (a tick, a press) re-render as they always did.
 */
export function useExternalStore<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const [showPreRendered, setShowPreRendered] = useState(mayBeHydrating);
  useEffect(() => {
    if (!showPreRendered) return;
    startTransition(() => {
      setShowPreRendered(false);
    });
  }, [showPreRendered]);
  return useSyncExternalStore(
    subscribe,
    showPreRendered ? getServerSnapshot : getSnapshot,
    getServerSnapshot,
  );
}
