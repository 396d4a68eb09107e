import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadOrWaitForRetry } from '../../lib/part-failures.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { ErrorBoundary } from './error-boundary.tsx';

/**
 * A component whose code is its own chunk, loaded only once the page has hydrated, so it adds
 * nothing to the first load. The pre-rendered HTML, the hydrating render and the wait for the
 * chunk all show `placeholder`. A chunk that fails to download keeps the placeholder too, and
 * leaves the rest of the section working; the page names the part (`what`, e.g. "the story
 * episode by episode") and brings it in once a retry downloads the code (lib/part-failures.ts).
 */
export function afterHydration<Props extends object>(
  what: string,
  load: () => Promise<ComponentType<Props>>,
  placeholder: (props: Props) => ReactNode,
) {
  const Loaded = lazy(async () => ({ default: await loadOrWaitForRetry(load, what) }));
  return function AfterHydration(props: Props) {
    const hydrated = useHydrated();
    if (!hydrated) return placeholder(props);
    return (
      // For a part that breaks as it renders: the rest of the section stays.
      <ErrorBoundary fallback={() => placeholder(props)}>
        <Suspense fallback={placeholder(props)}>
          <Loaded {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}
