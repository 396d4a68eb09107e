/**
 * "Still loading", said by a pulsing dot beside the words: the words themselves stay still, since
 * text that fades in and out loses its contrast.
 */
export function PulsingDot() {
  return (
    <span
      aria-hidden="true"
      className="mr-2 inline-block size-2 animate-pulse rounded-full bg-accent"
    />
  );
}
