import { PulsingDot } from './pulsing-dot.tsx';

/**
 * "Loading the premise…", or, when the browser is offline and the load waits for the connection
 * (TanStack Query pauses it and resumes on its own once back online), a line that says so.
 */
export function LoadingLine({
  what,
  offline,
  className = '',
}: {
  what: string;
  offline: boolean;
  className?: string;
}) {
  if (offline) {
    return (
      <p className={`text-ink ${className}`}>
        You are offline, so {what} cannot be downloaded yet. It will load by itself once the
        connection is back.
      </p>
    );
  }
  return (
    <p className={`text-ink-muted ${className}`}>
      <PulsingDot />
      Loading {what}…
    </p>
  );
}
