import type { ReactNode } from 'react';

/** One labelled fact on a card (a dt/dd pair); the wrapping div is allowed inside a dl. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wider text-metal uppercase">{label}</dt>
      <dd className="mt-0.5 text-ink">{children}</dd>
    </div>
  );
}
