import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorPanel } from './error-panel.tsx';

interface QueryBoundaryProps {
  children: ReactNode;
  /** The designed loading state: shown while the data loads. */
  loading: ReactNode;
  /** Heading of the error UI, e.g. "The credits could not be shown". */
  errorTitle: string;
}

/**
 * Suspense for loading, an error boundary for failures, and a reset that makes TanStack Query
 * fetch again when the visitor presses "Try again".
 */
export function QueryBoundary({ children, loading, errorTitle }: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={(error, retry) => (
            <ErrorPanel title={errorTitle} error={error} onRetry={retry} />
          )}
        >
          <Suspense fallback={loading}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
