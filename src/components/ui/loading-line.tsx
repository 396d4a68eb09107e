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

/**
 * "Still loading", said by a pulsing dot beside the words: the words themselves stay still, since
 * text that fades in and out loses its contrast.
 */
function PulsingDot() {
  return (
    <span
      aria-hidden="true"
      className="mr-2 inline-block size-2 animate-pulse rounded-full bg-accent"
    />
  );
}
