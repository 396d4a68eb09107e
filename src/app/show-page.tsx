import { useSuspenseQuery } from '@tanstack/react-query';
import { showQueryOptions } from '../data/show-query.ts';
import { CreditsSection } from '../features/credits/components/credits-section.tsx';
import { ReleaseSection } from '../features/release/components/release-section.tsx';
import { ShowFactsSection } from '../features/show-facts/components/show-facts-section.tsx';
import { StorySection } from '../features/spoilers/components/story-section.tsx';
import { Island, IslandShow } from './island.tsx';
import { PageHeader } from './page-header.tsx';

/** The whole page for one show, composed from the features: HTML, with islands where it moves. */
export function ShowPage({ showId }: { showId: string }) {
  const { data: show } = useSuspenseQuery(showQueryOptions(showId));
  return (
    <IslandShow value={showId}>
      <PageHeader show={show} />
      <main id="main">
        <ReleaseSection
          show={show}
          card={<Island name="release-card" />}
          premiereTimes={<Island name="premiere-times" />}
          guide={<Island name="episode-guide" />}
        />
        <ShowFactsSection show={show} />
        <CreditsSection show={show} />
        <StorySection show={show} gates={<Island name="story" />} />
      </main>
    </IslandShow>
  );
}
