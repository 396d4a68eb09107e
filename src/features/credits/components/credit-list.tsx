import { useId, type ReactNode } from 'react';
import type { Source } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';

interface CreditListProps<Member> {
  title: string;
  /** Said instead of an empty grid. */
  emptyText: string;
  /** A caveat that applies to every card (e.g. unsettled spellings), said once above them. */
  note?: string | undefined;
  members: readonly Member[];
  sources: readonly Source[];
  card: (member: Member, sources: Source[]) => ReactNode;
}

/**
 * One set of credits (staff or cast) as a named section of cards. One column on phones, more as
 * room allows: minmax(0, 1fr) tracks (Tailwind's grid-cols-N) never grow past the viewport, and
 * grid rows stretch their items, which keeps cards level.
 */
export function CreditList<Member extends { id: string; sourceIds: string[] }>({
  title,
  emptyText,
  note,
  members,
  sources,
  card,
}: CreditListProps<Member>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="font-display text-xl font-bold text-ink">
        {title}
      </h3>
      {members.length === 0 ? (
        <p className="mt-4 text-ink-muted">{emptyText}</p>
      ) : (
        <>
          {note && <p className="mt-2 max-w-prose text-ink-muted">{note}</p>}
          <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {members.map((member) => (
              <li key={member.id} className="min-w-0">
                {card(member, sourcesFor(sources, member.sourceIds))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
