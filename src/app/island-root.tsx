import { QueryClientProvider, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ErrorPanel } from '../components/ui/error-panel.tsx';
import { showQueryOptions } from '../data/show-query.ts';
import { Hydrating } from '../lib/hydrating.ts';
import { ISLANDS, type IslandName } from './islands.tsx';

/**
 * One island's whole React tree: the build renders it into the island's element, and the
 * browser hydrates that element with the same tree. Every island shares the page's QueryClient,
 * clock and preference stores (module state), so they agree with one another.
 */
export function IslandRoot({
  name,
  showId,
  client,
  onLive,
}: {
  name: IslandName;
  showId: string;
  client: QueryClient;
  /** Called once the island is hydrated and shows the browser's values (the time, the zone). */
  onLive?: () => void;
}) {
  // The build renders the island as hydrating, and the browser hydrates it so; the browser's
  // values then arrive in one transition (lib/hydrating.ts).
  const [hydrating, setHydrating] = useState(true);
  useEffect(() => {
    if (hydrating) {
      startTransition(() => {
        setHydrating(false);
      });
    } else {
      onLive?.();
    }
  }, [hydrating, onLive]);
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        {/* An island that throws shows its own error; the rest of the page stays. */}
        <ErrorBoundary
          fallback={(error, retry) => (
            <ErrorPanel
              title={`The ${name.replaceAll('-', ' ')} could not be shown`}
              error={error}
              onRetry={retry}
            />
          )}
        >
          <Hydrating value={hydrating}>
            <Island name={name} showId={showId} />
          </Hydrating>
        </ErrorBoundary>
      </QueryClientProvider>
    </StrictMode>
  );
}

function Island({ name, showId }: { name: IslandName; showId: string }) {
  const { data: show } = useSuspenseQuery(showQueryOptions(showId));
  const Component = ISLANDS[name];
  return <Component show={show} />;
}

/** React's `useId` prefix for the island that comes `index`-th in the page, unique on the page. */
export function islandPrefix(index: number): string {
  return `i${index}-`;
}
