import { useId, type ReactNode } from 'react';
import { SourceList } from '../../../components/ui/source-list.tsx';
import type { Source } from '../../../data/show-types.ts';
import { Monogram } from './monogram.tsx';

interface CreditCardProps {
  /** The card's heading: a person for staff, a character for cast. */
  title: string;
  tone: 'staff' | 'cast';
  /** Lines right under the heading (native name, announced spelling). */
  subtitle?: ReactNode;
  sources: readonly Source[];
  children: ReactNode;
}

/**
 * The shared card shell. It fills its grid cell (h-full) and pins the sources to the bottom
 * (mt-auto), so cards in one row have equal heights and their citations line up.
 */
export function CreditCard({ title, tone, subtitle, sources, children }: CreditCardProps) {
  const headingId = useId();
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
    >
      <header className="flex items-start gap-3">
        <Monogram name={title} tone={tone} />
        <div className="min-w-0">
          <h4
            id={headingId}
            className="text-lg leading-snug font-semibold wrap-break-word text-ink"
          >
            {title}
          </h4>
          {subtitle}
        </div>
      </header>
      <div className="flex flex-col gap-3 wrap-break-word">{children}</div>
      <SourceList sources={sources} className="mt-auto border-t border-line pt-3 wrap-break-word" />
    </article>
  );
}
