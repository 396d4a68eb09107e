import type { ReactNode } from 'react';
import { PageSection } from '../../../components/ui/page-section.tsx';
import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { Show } from '../../../data/show-types.ts';
import { DateTimeline } from './date-timeline.tsx';
import { WhereToWatch } from './where-to-watch.tsx';

/**
 * The release: the countdown (with the premiere's times until it has begun), the episode guide,
 * where to watch and how the date became known. The parts that move are islands the app puts
 * in: `card` (CountdownCard) and `guide` (the episode guide's live cells).
 */
export function ReleaseSection({
  show,
  card,
  guide,
}: {
  show: Show;
  card: ReactNode;
  guide: ReactNode;
}) {
  const { premiere } = show;
  return (
    <PageSection
      id="release"
      title="Release and broadcast"
      sources={{ show, statedIn: releaseFacts }}
    >
      {card}
      <div className="mt-6 space-y-3">
        {premiere.precision !== 'minute' && (
          <p className="text-ink-muted">
            Dates are read in {premiere.zone} time, where the release was announced.
          </p>
        )}
        <SourceList sources={sourcesFor(show.sources, premiere.sourceIds)} />
      </div>
      {show.run && <div className="mt-10">{guide}</div>}
      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <WhereToWatch show={show} />
        <DateTimeline show={show} />
      </div>
    </PageSection>
  );
}

/** What the release section states, for its list of sources. */
function releaseFacts(show: Show) {
  return [show.premiere, show.run, show.broadcast, show.timeline];
}
