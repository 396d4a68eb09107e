import { PageSection } from '../../../components/ui/page-section.tsx';
import type { Show } from '../../../data/show-types.ts';

export function ReleaseSection({ show }: { show: Show }) {
  return (
    <PageSection id="release" title="Release">
      <p>{show.premiere.label}</p>
    </PageSection>
  );
}
