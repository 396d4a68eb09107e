import type { ReactNode } from 'react';

/**
 * One column on phones, more as room allows. minmax(0, 1fr) tracks (Tailwind's grid-cols-N)
 * never grow past the viewport, and grid rows stretch their items, which keeps cards level.
 */
export function CreditGrid({ children }: { children: ReactNode }) {
  return <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</ul>;
}
