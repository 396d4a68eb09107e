import { useEffect } from 'react';
import { QueryBoundary } from '../components/ui/query-boundary.tsx';
import { PageLoading } from './page-loading.tsx';
import { ShowPage } from './show-page.tsx';
import { SHOW_ID } from './show-id.ts';

export function App({ showId = SHOW_ID }: { showId?: string }) {
  // Marks the moment the page became interactive, for the browser tests and for CSS that
  // should only apply once the buttons work.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-surface focus:p-2"
      >
        Skip to the release details
      </a>
      <QueryBoundary loading={<PageLoading />} errorTitle="The show’s details could not be loaded">
        <ShowPage showId={showId} />
      </QueryBoundary>
    </>
  );
}
