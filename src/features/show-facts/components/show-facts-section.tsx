import type { ReactNode } from 'react';
import { PageSection } from '../../../components/ui/page-section.tsx';
import { SourceList } from '../../../components/ui/source-list.tsx';
import type { Show } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';

/** The show at a glance — what it is, who made it, its songs — each fact with its sources. */
export function ShowFactsSection({ show }: { show: Show }) {
  const { format, studio, themeSongs, title } = show;
  const songSourceIds = themeSongs.flatMap((song) => song.sourceIds);
  return (
    <PageSection
      id="about"
      title="About the show"
      sources={{ show, statedIn: showFacts }}
      belowTheFold
    >
      <dl className="grid gap-x-8 gap-y-6 text-ink-muted sm:grid-cols-2 lg:grid-cols-4">
        <Fact term="Japanese title" sourceIds={title.sourceIds} show={show}>
          <span lang={title.native.lang} className="text-ink">
            {title.native.text}
          </span>
        </Fact>
        <Fact term="Format" sourceIds={format.sourceIds} show={show}>
          {format.kind}; {format.genres.join(', ').toLowerCase()}
        </Fact>
        <Fact term="Studio" sourceIds={studio.sourceIds} show={show}>
          <strong className="font-semibold text-ink">{studio.name}</strong>
          {studio.note && ` — ${studio.note}`}
          {studio.knownFor.length > 0 && ` Also made ${joinTitles(studio.knownFor)}.`}
        </Fact>
        {themeSongs.length > 0 && (
          <Fact term="Theme songs" sourceIds={songSourceIds} show={show}>
            {themeSongs.map((song) => (
              <span key={song.kind} className="block">
                {song.kind}: “{song.title}” by {song.artist}
              </span>
            ))}
          </Fact>
        )}
      </dl>
    </PageSection>
  );
}

function Fact({
  term,
  sourceIds,
  show,
  children,
}: {
  term: string;
  sourceIds: string[];
  show: Show;
  children: ReactNode;
}) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-widest text-metal uppercase">{term}</dt>
      <dd className="mt-1">
        <p>{children}</p>
        <SourceList sources={sourcesFor(show.sources, sourceIds)} className="mt-1" />
      </dd>
    </div>
  );
}

function joinTitles(titles: string[]): string {
  if (titles.length < 2) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles.at(-1) ?? ''}`;
}

/** What the section states, for its list of sources. */
function showFacts(show: Show) {
  return [show.title, show.format, show.studio, show.themeSongs];
}
