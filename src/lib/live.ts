import { useSyncExternalStore } from 'react';

export const subscribeToNothing = () => () => undefined;

/**
 * False in the build's HTML, true once the browser renders: parts that only work with script (or
 * read the visitor's browser) show a stand-in until then. A store's server snapshot gives the
 * build's value, so this works the same in a test's `renderToString`.
 */
export function useLive(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
