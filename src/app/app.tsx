import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ErrorPanel } from '../components/ui/error-panel.tsx';
import { ShowPage } from './show-page.tsx';
import { SHOW_ID } from './show-id.ts';

const SKIP_LINKS = [
  { href: '#main', label: 'Skip to the release details' },
  { href: '#episode-guide-heading', label: 'Skip to the episode guide' },
  { href: '#story', label: 'Skip to the story' },
];

/** The page: rendered by the build (src/entry-server.tsx), or in the browser by the dev server. */
export function App({ showId = SHOW_ID }: { showId?: string }) {
  return (
    <>
      {/* Keyboard users reach any of these in one press, past the header and the sources. */}
      <nav aria-label="Skip links" className="absolute top-2 left-2 z-10">
        <ul className="flex flex-col gap-1">
          {SKIP_LINKS.map(({ href, label }) => (
            <li key={href}>
              <a
                href={href}
                className="sr-only rounded bg-surface p-2 text-ink focus:not-sr-only focus:block"
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* "Try again" resets the failed query too, so TanStack Query fetches it afresh. */}
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallback={(error, retry) => (
              <ErrorPanel
                title="The show’s details could not be loaded"
                error={error}
                onRetry={retry}
              />
            )}
          >
            <Suspense fallback={<PageLoading />}>
              <ShowPage showId={showId} />
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </>
  );
}

/** What the page shows while the show's data loads: the page's shape, not a blank. */
function PageLoading() {
  return (
    <div role="status" className="mx-auto max-w-6xl px-4 pt-12 sm:px-6">
      <p className="text-ink-muted">Loading the show&rsquo;s details…</p>
      <div aria-hidden="true" className="mt-6 space-y-4">
        <div className="h-14 w-2/3 rounded-md bg-surface-raised" />
        <div className="h-6 w-1/2 rounded-md bg-surface-raised" />
        <div className="h-40 rounded-lg bg-surface-raised" />
      </div>
    </div>
  );
}
