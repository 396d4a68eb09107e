import { useId, type ReactNode } from 'react';
import { SourceList } from '../../../components/ui/source-list.tsx';
import type { NativeName, Source } from '../../../data/show-types.ts';
import { initialsOf } from '../utils/initials.ts';

interface CreditCardProps {
  /** The card's heading: a person for staff, a character for cast. */
  title: string;
  tone: 'staff' | 'cast';
  /** Lines right under the heading (native name, announced spelling). */
  subtitle?: ReactNode;
  sources: readonly Source[];
  children: ReactNode;
}

/**
 * The shared card shell. It fills its grid cell (h-full) and pins the sources to the bottom
 * (mt-auto), so cards in one row have equal heights and their citations line up.
 */
export function CreditCard({ title, tone, subtitle, sources, children }: CreditCardProps) {
  const headingId = useId();
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
    >
      <header className="flex items-start gap-3">
        <Monogram name={title} tone={tone} />
        <div className="min-w-0">
          <h4
            id={headingId}
            className="text-lg leading-snug font-semibold wrap-break-word text-ink"
          >
            {title}
          </h4>
          {subtitle}
        </div>
      </header>
      <div className="flex flex-col gap-3 wrap-break-word">{children}</div>
      <SourceList sources={sources} className="mt-auto border-t border-line pt-3 wrap-break-word" />
    </article>
  );
}

/** A hexagon, as a CSS clip path: the plate and its edge are two of them, one inside the other. */
const HEXAGON = '[clip-path:polygon(50%_0,93%_25%,93%_75%,50%_100%,7%_75%,7%_25%)]';

/**
 * A hexagonal nameplate with initials, standing in for a photo (none exist offline). Purely
 * decorative — the name is the card's heading — so it is hidden from assistive tech. The letters
 * sit on a plain colour (not on a drawing), so their contrast can be measured. Staff plates are
 * edged in metal, cast plates in the accent red, so the two sets read apart.
 */
function Monogram({ name, tone }: { name: string; tone: 'staff' | 'cast' }) {
  const edge = tone === 'staff' ? 'bg-metal' : 'bg-accent';
  return (
    <span
      aria-hidden="true"
      className={`grid size-12 shrink-0 place-items-center ${HEXAGON} ${edge}`}
    >
      <span
        className={`grid size-10 place-items-center bg-surface-raised font-display text-[15px] font-bold tracking-wide text-ink ${HEXAGON}`}
      >
        {initialsOf(name)}
      </span>
    </span>
  );
}

/** One labelled fact on a card (a dt/dd pair); the wrapping div is allowed inside a dl. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wider text-metal uppercase">{label}</dt>
      <dd className="mt-0.5 text-ink">{children}</dd>
    </div>
  );
}

/** A name in its own script, tagged with its language so screen readers and fonts treat it right. */
export function NativeNameLine({ nativeName }: { nativeName: NativeName }) {
  return (
    <p className="text-ink-muted">
      <span lang={nativeName.lang}>{nativeName.text}</span>
      {!nativeName.confirmed && <span className="text-sm"> (spelling not confirmed)</span>}
    </p>
  );
}

/**
 * Earlier works under `label`, one per line (titles carry their own commas and colons, so joining
 * them would blur them); nothing when there are none.
 */
export function KnownForRow({ label, works }: { label: string; works: readonly string[] }) {
  if (works.length === 0) return null;
  return (
    <DetailRow label={label}>
      <ul className="list-disc space-y-0.5 pl-5">
        {works.map((work) => (
          <li key={work}>{work}</li>
        ))}
      </ul>
    </DetailRow>
  );
}
