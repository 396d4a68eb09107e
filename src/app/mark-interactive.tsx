import { useEffect } from 'react';
import { useHydrated } from '../lib/use-hydrated.ts';

/**
 * Sets `data-hydrated` on <html> once React owns the page and the browser's values (the time,
 * the visitor's preferences) have replaced the pre-rendered ones: the entry then replays early
 * presses, CSS that needs working buttons applies, and the browser tests start. A component of
 * its own so that the change re-renders nothing else.
 */
export function MarkInteractive() {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) document.documentElement.dataset.hydrated = 'true';
  }, [hydrated]);
  return null;
}
