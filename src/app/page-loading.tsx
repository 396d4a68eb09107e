/** What the page shows while the show's data loads: the page's shape, not a blank. */
export function PageLoading() {
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
