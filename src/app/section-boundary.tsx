import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ErrorPanel } from '../components/ui/error-panel.tsx';

/** One per section: a section that throws shows its own error and the rest of the page stays. */
export function SectionBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
          <ErrorPanel
            title={`The ${name} section could not be shown`}
            error={error}
            onRetry={retry}
          />
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
