import { PageSection } from '../../../components/ui/page-section.tsx';
import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { Show } from '../../../data/show-types.ts';
import { CountdownCard } from './countdown-card.tsx';
import { DateTimeline } from './date-timeline.tsx';
import { PremiereTimes } from './premiere-times.tsx';
import { WhereToWatch } from './where-to-watch.tsx';

export function ReleaseSection({ show }: { show: Show }) {
  const { premiere } = show;
  return (
    <PageSection id="release" title="Release date">
      <CountdownCard show={show} />
      <div className="mt-6 space-y-3">
        {premiere.precision === 'minute' ? (
          <PremiereTimes premiere={premiere} />
        ) : (
          <p className="text-ink-muted">
            Dates are read in {premiere.zone} time, where the release was announced.
          </p>
        )}
        <SourceList sources={sourcesFor(show.sources, premiere.sourceIds)} />
      </div>
      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <WhereToWatch show={show} />
        <DateTimeline show={show} />
      </div>
    </PageSection>
  );
}
