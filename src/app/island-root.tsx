import { QueryClientProvider, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ErrorPanel } from '../components/ui/error-panel.tsx';
import { showQueryOptions } from '../data/show-query.ts';
import { ISLANDS, type IslandName } from './islands.tsx';

/**
 * One island's whole React tree: the build renders it into the island's element with what it
 * knows, and the browser renders it again there with what only the browser knows (the time, the
 * zone, stored choices). Every island shares the page's QueryClient, clock and preference stores
 * (module state), so they agree with one another.
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
  /** Called once the island shows the browser's values (the time, the zone). */
  onLive?: () => void;
}) {
  useEffect(() => {
    onLive?.();
  }, [onLive]);
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
          <Island name={name} showId={showId} />
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
