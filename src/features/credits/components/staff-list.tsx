import { useId } from 'react';
import type { Source, StaffMember } from '../../../data/show-types.ts';
import { sourcesFor } from '../../../data/sources.ts';
import { sortStaff } from '../utils/sort-staff.ts';
import { CreditGrid } from './credit-grid.tsx';
import { StaffCard } from './staff-card.tsx';

interface StaffListProps {
  staff: readonly StaffMember[];
  sources: readonly Source[];
}

export function StaffList({ staff, sources }: StaffListProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-4 font-display text-xl font-bold text-ink">
        Staff
      </h3>
      {staff.length === 0 ? (
        <p className="text-ink-muted">No staff have been announced yet.</p>
      ) : (
        <CreditGrid>
          {sortStaff(staff).map((member) => (
            <li key={member.id} className="min-w-0">
              <StaffCard member={member} sources={sourcesFor(sources, member.sourceIds)} />
            </li>
          ))}
        </CreditGrid>
      )}
    </section>
  );
}
