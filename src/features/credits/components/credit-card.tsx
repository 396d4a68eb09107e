import { useId, type ReactNode } from 'react';
import { SourceList } from '../../../components/ui/source-list.tsx';
import type { Source } from '../../../data/show-types.ts';
import { initialsOf } from '../utils/initials.ts';

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

/**
 * A hexagonal nameplate with initials, standing in for a photo (none exist offline). Purely
 * decorative — the name is the card's heading — so it is hidden from assistive tech. Staff plates
 * are edged in metal, cast plates in the accent red, so the two sets read apart.
 */
function Monogram({ name, tone }: { name: string; tone: 'staff' | 'cast' }) {
  const edge = tone === 'staff' ? 'stroke-metal' : 'stroke-accent';
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 48 48" className="size-12 shrink-0">
      <polygon
        points="24,2 43,13 43,35 24,46 5,35 5,13"
        strokeWidth="2.5"
        strokeLinejoin="round"
        className={`fill-surface-raised ${edge}`}
      />
      <polygon
        points="24,7.5 38.5,16 38.5,32 24,40.5 9.5,32 9.5,16"
        strokeWidth="1"
        className="fill-none stroke-line"
      />
      <text
        x="24"
        y="24.5"
        textAnchor="middle"
        dominantBaseline="central"
        className="fill-ink font-display text-[15px] font-bold tracking-wide"
      >
        {initialsOf(name)}
      </text>
    </svg>
  );
}
