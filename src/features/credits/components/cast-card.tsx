import type { CastMember, Source } from '../../../data/show-types.ts';
import { CreditCard } from './credit-card.tsx';
import { DetailRow } from './detail-row.tsx';
import { KnownForList } from './known-for-list.tsx';
import { NativeNameLine } from './native-name-line.tsx';

export function CastCard({ member, sources }: { member: CastMember; sources: readonly Source[] }) {
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
        {voice.knownFor.length > 0 && (
          <DetailRow label="Voice known for">
            <KnownForList works={voice.knownFor} />
          </DetailRow>
        )}
      </dl>
    </CreditCard>
  );
}
