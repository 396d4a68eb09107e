import { PageSection } from '../../../components/ui/page-section.tsx';
import type { Show } from '../../../data/show-types.ts';
import { CastList } from './cast-list.tsx';
import { StaffList } from './staff-list.tsx';

/** Who made the show and who voices whom, each card citing the reports it rests on. */
export function CreditsSection({ show }: { show: Show }) {
  return (
    <PageSection
      id="credits"
      title="Staff and cast"
      lead="The people behind the series and the voices of its characters, each with the reports to check them against."
    >
      <div className="flex flex-col gap-10">
        <StaffList staff={show.staff} sources={show.sources} />
        <CastList cast={show.cast} note={show.castNote} sources={show.sources} />
      </div>
    </PageSection>
  );
}
