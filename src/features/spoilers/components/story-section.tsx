import { PageSection } from '../../../components/ui/page-section.tsx';
import type { Show } from '../../../data/show-types.ts';

export function StorySection({ show }: { show: Show }) {
  return (
    <PageSection id="story" title="Story">
      <p>{show.tagline}</p>
    </PageSection>
  );
}
