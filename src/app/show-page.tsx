import { useSuspenseQuery } from '@tanstack/react-query';
import { showQueryOptions } from '../data/show-query.ts';
import { ReleaseSection } from '../features/release/components/release-section.tsx';
import { StorySection } from '../features/spoilers/components/story-section.tsx';
import { PageHeader } from './page-header.tsx';
import { SectionBoundary } from './section-boundary.tsx';
import { StaticCreditsSection, StaticShowFactsSection } from './static-sections.ts';

/** The whole page for one show, composed from the features. */
export function ShowPage({ showId }: { showId: string }) {
  const { data: show } = useSuspenseQuery(showQueryOptions(showId));
  return (
    <>
      <PageHeader show={show} />
      <main id="main">
        <SectionBoundary name="release">
          <ReleaseSection show={show} />
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
