import { PageSection } from '../../../components/ui/page-section.tsx';
import type { CastMember, Show, Source, StaffMember } from '../../../data/show-types.ts';
import { orderRoles, sortStaff } from '../utils/sort-staff.ts';
import { CreditCard, DetailRow, KnownForRow, NativeNameLine } from './credit-card.tsx';
import { CreditList } from './credit-list.tsx';

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

function StaffCard({ member, sources }: { member: StaffMember; sources: readonly Source[] }) {
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
        <KnownForRow label="Known for" works={member.knownFor} />
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

function CastCard({ member, sources }: { member: CastMember; sources: readonly Source[] }) {
  const { character, voice } = member;
  // A variant identical to the current spelling tells the reader nothing.
  const variants = character.announcedAs.filter((variant) => variant !== character.name);
  return (
    <CreditCard
      title={character.name}
      tone="cast"
      subtitle={
        variants.length > 0 && (
          <p className="text-sm text-ink-muted">
            Announced as {variants.map((variant) => `“${variant}”`).join(' or ')}
          </p>
        )
      }
      sources={sources}
    >
      <dl className="flex flex-col gap-3">
        <DetailRow label="Voiced by">
          <span className="font-semibold">{voice.name}</span>
          {voice.nativeName && <NativeNameLine nativeName={voice.nativeName} />}
        </DetailRow>
        <KnownForRow label="Voice known for" works={voice.knownFor} />
      </dl>
    </CreditCard>
  );
}
