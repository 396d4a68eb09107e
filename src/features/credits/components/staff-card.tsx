import type { Source, StaffMember } from '../../../data/show-types.ts';
import { orderRoles } from '../utils/sort-staff.ts';
import { CreditCard } from './credit-card.tsx';
import { DetailRow } from './detail-row.tsx';
import { KnownForList } from './known-for-list.tsx';
import { NativeNameLine } from './native-name-line.tsx';

export function StaffCard({
  member,
  sources,
}: {
  member: StaffMember;
  sources: readonly Source[];
}) {
  const roles = orderRoles(member.roles);
  return (
    <CreditCard
      title={member.name}
      tone="staff"
      subtitle={member.nativeName && <NativeNameLine nativeName={member.nativeName} />}
      sources={sources}
    >
      <dl className="flex flex-col gap-3">
        <DetailRow label={roles.length === 1 ? 'Role' : 'Roles'}>
          <span className="font-semibold">{roles.join(' · ')}</span>
          {member.roleNote && <span className="block text-ink-muted">{member.roleNote}</span>}
        </DetailRow>
        {member.knownFor.length > 0 && (
          <DetailRow label="Known for">
            <KnownForList works={member.knownFor} />
          </DetailRow>
        )}
      </dl>
      {/* Where widely read reports got a credit wrong: the fix travels with the fact. */}
      {member.correction && (
        <p className="rounded-md border-l-4 border-accent bg-surface-raised px-3 py-2 text-ink">
          <strong className="font-semibold">Correction: </strong>
          {member.correction}
        </p>
      )}
    </CreditCard>
  );
}
