import { PageSection } from '../../../components/ui/page-section.tsx';
import type { Show } from '../../../data/show-types.ts';
import { sortStaff } from '../utils/sort-staff.ts';
import { CastCard } from './cast-card.tsx';
import { CreditList } from './credit-list.tsx';
import { StaffCard } from './staff-card.tsx';

/** Who made the show and who voices whom, each card citing the reports it rests on. */
export function CreditsSection({ show }: { show: Show }) {
  return (
    <PageSection
      id="credits"
      title="Staff and cast"
      lead="The people behind the series and the voices of its characters, each with the reports to check them against."
      sources={{ show, statedIn: credits }}
      belowTheFold
    >
      <div className="flex flex-col gap-10">
        <CreditList
          title="Staff"
          emptyText="No staff have been announced yet."
          members={sortStaff(show.staff)}
          sources={show.sources}
          card={(member, sources) => <StaffCard member={member} sources={sources} />}
        />
        <CreditList
          title="Cast"
          emptyText="No cast has been announced yet."
          note={show.castNote}
          members={show.cast}
          sources={show.sources}
          card={(member, sources) => <CastCard member={member} sources={sources} />}
        />
      </div>
    </PageSection>
  );
}

/** What the section states, for its list of sources. */
function credits(show: Show) {
  return [show.staff, show.cast];
}
