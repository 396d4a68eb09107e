import { useId } from 'react';
import type { CastMember, Source } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';
import { CastCard } from './cast-card.tsx';
import { CreditGrid } from './credit-grid.tsx';

interface CastListProps {
  cast: readonly CastMember[];
  /** A caveat that applies to every card (e.g. unsettled spellings), said once above them. */
  note?: string;
  sources: readonly Source[];
}

export function CastList({ cast, note, sources }: CastListProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="font-display text-xl font-bold text-ink">
        Cast
      </h3>
      {cast.length === 0 ? (
        <p className="mt-4 text-ink-muted">No cast has been announced yet.</p>
      ) : (
        <>
          {note && <p className="mt-2 max-w-prose text-ink-muted">{note}</p>}
          <div className="mt-4">
            <CreditGrid>
              {cast.map((member) => (
                <li key={member.id} className="min-w-0">
                  <CastCard member={member} sources={sourcesFor(sources, member.sourceIds)} />
                </li>
              ))}
            </CreditGrid>
          </div>
        </>
      )}
    </section>
  );
}
