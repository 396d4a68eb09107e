import { useEffect, useRef } from 'react';
import { ShowDataError, describeProblem } from '../../data/show-data-error.ts';

interface ErrorPanelProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** A readable failure with a working "Try again": never a blank space. */
export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus here only if it was inside the part that just failed and fell back to <body>.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, []);

  return (
    <div role="alert" className="rounded-lg border border-accent bg-surface p-4 text-ink">
      <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {title}
      </h3>
      {error instanceof ShowDataError ? (
        <>
          <p className="mt-1 text-ink-muted">The show&rsquo;s data has mistakes in it:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 font-mono text-sm break-words">
            {error.problems.map((problem) => (
              <li key={problem.path + problem.message}>{describeProblem(problem)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1 text-ink-muted">{describeFailure(error)}</p>
      )}
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 min-h-11 rounded-md bg-accent px-4 font-semibold text-on-accent hover:bg-accent-strong"
      >
        Try again
      </button>
    </div>
  );
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && /fetch|import|module|chunk/i.test(error.message)) {
    return 'Part of the page could not be downloaded. Check the connection, then try again.';
  }
  return 'Something went wrong while showing this part of the page.';
}
