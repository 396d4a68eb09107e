import type { ReactNode } from 'react';

interface CreditGridProps {
  /** Id of the heading that names the list. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * One column on phones, more as room allows. minmax(0, 1fr) tracks (Tailwind's grid-cols-N)
 * never grow past the viewport, and grid rows stretch their items, which keeps cards level.
 */
export function CreditGrid({ labelledBy, children }: CreditGridProps) {
  return (
    <ul
      aria-labelledby={labelledBy}
      className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      {children}
    </ul>
  );
}
