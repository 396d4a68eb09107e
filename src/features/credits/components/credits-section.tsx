import { PageSection } from '../../../components/ui/page-section.tsx';
import type { Show } from '../../../data/show-types.ts';

export function CreditsSection({ show }: { show: Show }) {
  return (
    <PageSection id="credits" title="Staff and cast">
      <p>{show.staff.length} staff</p>
    </PageSection>
  );
}
