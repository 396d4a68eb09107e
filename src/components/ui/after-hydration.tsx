import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { ErrorBoundary } from './error-boundary.tsx';

/**
 * A component whose code is its own chunk, loaded only once the page has hydrated, so it adds
 * nothing to the first load. The pre-rendered HTML, the hydrating render and the wait for the
 * chunk all show `placeholder`; so does a chunk that fails to download, which leaves the rest of
 * the section working rather than taking it down.
 */
export function afterHydration<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  placeholder: (props: Props) => ReactNode,
) {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function AfterHydration(props: Props) {
    const hydrated = useHydrated();
    if (!hydrated) return placeholder(props);
    return (
      <ErrorBoundary fallback={() => placeholder(props)}>
        <Suspense fallback={placeholder(props)}>
          <Loaded {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}
