import { useSuspenseQuery } from '@tanstack/react-query';
import { showQueryOptions } from '../data/show-query.ts';
import { CreditsSection } from '../features/credits/components/credits-section.tsx';
import { ReleaseSection } from '../features/release/components/release-section.tsx';
import { ShowFactsSection } from '../features/show-facts/components/show-facts-section.tsx';
import { StorySection } from '../features/spoilers/components/story-section.tsx';
import { EpisodeGuide } from '../features/release/components/episode-guide.tsx';
import { Island, IslandShow } from './island.tsx';
import { PageHeader } from './page-header.tsx';

/** The whole page for one show, composed from the features: HTML, with islands where it moves. */
export function ShowPage({ showId }: { showId: string }) {
  const { data: show } = useSuspenseQuery(showQueryOptions(showId));
  return (
    <IslandShow value={showId}>
      {/* A watch-along link is why the visitor came: first on the page, a phone's first screen. */}
      <Island
        name="watch-along"
        className="mx-auto w-full max-w-6xl px-4 pt-4 empty:hidden sm:px-6"
      />
      <noscript>
        <p className="mx-auto max-w-6xl px-4 pt-4 text-ink sm:px-6">
          Opened a watch-along link? Its countdown and times in your zone need JavaScript.
        </p>
      </noscript>
      <PageHeader show={show} />
      <main id="main">
        <ReleaseSection
          show={show}
          card={<Island name="release-card" />}
          // The episode guide is HTML; its horizon control and live cells are one island.
          guide={
            show.run && <EpisodeGuide show={show} run={show.run} live={<Island name="guide" />} />
          }
        />
        <ShowFactsSection show={show} />
        <CreditsSection show={show} />
        <StorySection gates={<Island name="story" />} />
      </main>
    </IslandShow>
  );
}
