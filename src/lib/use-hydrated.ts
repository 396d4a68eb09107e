import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * False in the pre-rendered HTML and while React hydrates it, true from the render right after.
 * Parts that only work with script (or read the visitor's browser) wait for it, so hydration never
 * meets markup it did not expect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
