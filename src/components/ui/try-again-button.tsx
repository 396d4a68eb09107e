/** The one "Try again" of the page's error panels and notes; `busy` while a retry runs. */
export function TryAgainButton({ onClick, busy = false }: { onClick: () => void; busy?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-disabled={busy || undefined}
      className="mt-3 min-h-11 rounded-md bg-accent px-4 font-semibold text-on-accent hover:bg-accent-strong"
    >
      {busy ? 'Trying again…' : 'Try again'}
    </button>
  );
}

/** The look of a box that reports a problem: an error panel, the failed-parts note. */
export const PROBLEM_BOX = 'rounded-lg border border-accent bg-surface p-4 text-ink';
