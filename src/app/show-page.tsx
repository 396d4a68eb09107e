import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { FailedPartsNotice } from '../components/ui/failed-parts-notice.tsx';
import { showQueryOptions } from '../data/show-query.ts';
import { ReleaseSection } from '../features/release/components/release-section.tsx';
import { EpisodeTitleIfSeen } from '../features/spoilers/components/episode-title.tsx';
import { HorizonControl } from '../features/spoilers/components/horizon-control.tsx';
import { StorySection } from '../features/spoilers/components/story-section.tsx';
import { markPageHydrated } from '../lib/hydration-phase.ts';
import { PageHeader } from './page-header.tsx';
import { SectionBoundary } from './section-boundary.tsx';
import { StaticCreditsSection, StaticShowFactsSection } from './static-sections.ts';

/** The whole page for one show, composed from the features. */
export function ShowPage({ showId }: { showId: string }) {
  const { data: show } = useSuspenseQuery(showQueryOptions(showId));
  // Runs after every part of the page inside has run its effects: deferred parts have counted
  // themselves by then.
  useEffect(markPageHydrated, []);
  // The episode guide's spoiler slots. Stable for one show: the guide keeps its pre-rendered HTML
  // until its code arrives only if its props do not change (see lib/static-part.tsx).
  const seenTitle = useCallback(
    (episodeNumber: number) => <EpisodeTitleIfSeen show={show} episodeNumber={episodeNumber} />,
    [show],
  );
  const horizonControl = useCallback(() => <HorizonControl show={show} />, [show]);
  return (
    <>
      <PageHeader show={show} />
      <FailedPartsNotice />
      <main id="main">
        <SectionBoundary name="release">
          <ReleaseSection show={show} episodeTitle={seenTitle} horizonControl={horizonControl} />
        </SectionBoundary>
        <SectionBoundary name="about">
          <StaticShowFactsSection show={show} />
        </SectionBoundary>
        <SectionBoundary name="staff and cast">
          <StaticCreditsSection show={show} />
        </SectionBoundary>
        <SectionBoundary name="story">
          <StorySection show={show} />
        </SectionBoundary>
      </main>
    </>
  );
}
