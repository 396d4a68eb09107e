import { PageSection } from '../../../components/ui/page-section.tsx';
import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { ReactNode } from 'react';
import type { Show } from '../../../data/show-types.ts';
import { CountdownCard } from './countdown-card.tsx';
import { DeferredEpisodeGuide, StaticDateTimeline, StaticWhereToWatch } from './release-parts.ts';

/**
 * The release: the countdown (with the premiere's times until it has begun), the episode guide, where to watch and how
 * the date became known. `episodeTitle` fills the guide's title lines and `horizonControl` sits
 * above them (titles are spoilers, so the spoiler feature decides what shows); see EpisodeGuide.
 */
export function ReleaseSection({
  show,
  episodeTitle,
  horizonControl,
}: {
  show: Show;
  episodeTitle?: (episodeNumber: number) => ReactNode;
  horizonControl?: () => ReactNode;
}) {
  const { premiere } = show;
  return (
    <PageSection
      id="release"
      title="Release and broadcast"
      sources={{ show, statedIn: releaseFacts }}
    >
      <CountdownCard show={show} />
      <div className="mt-6 space-y-3">
        {premiere.precision !== 'minute' && (
          <p className="text-ink-muted">
            Dates are read in {premiere.zone} time, where the release was announced.
          </p>
        )}
        <SourceList sources={sourcesFor(show.sources, premiere.sourceIds)} />
      </div>
      {show.run && (
        <div className="mt-10">
          <DeferredEpisodeGuide
            show={show}
            run={show.run}
            {...(episodeTitle ? { episodeTitle } : {})}
            {...(horizonControl ? { horizonControl } : {})}
          />
        </div>
      )}
      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <StaticWhereToWatch show={show} />
        <StaticDateTimeline show={show} />
      </div>
    </PageSection>
  );
}

/** What the release section states, for its list of sources. */
function releaseFacts(show: Show) {
  return [show.premiere, show.run, show.broadcast, show.timeline];
}
