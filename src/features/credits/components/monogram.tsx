import { initialsOf } from '../utils/initials.ts';

interface MonogramProps {
  name: string;
  /** Staff plates are edged in metal, cast plates in the accent red, so the two sets read apart. */
  tone: 'staff' | 'cast';
}

/**
 * A hexagonal nameplate with initials, standing in for a photo (none exist offline). Purely
 * decorative — the name is the card's heading — so it is hidden from assistive tech. Colours are
 * token classes, which resolve through light-dark() and so stay legible in both schemes.
 */
export function Monogram({ name, tone }: MonogramProps) {
  const edge = tone === 'staff' ? 'stroke-metal' : 'stroke-accent';
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 48 48" className="size-12 shrink-0">
      <polygon
        points="24,2 43,13 43,35 24,46 5,35 5,13"
        strokeWidth="2.5"
        strokeLinejoin="round"
        className={`fill-surface-raised ${edge}`}
      />
      <polygon
        points="24,7.5 38.5,16 38.5,32 24,40.5 9.5,32 9.5,16"
        strokeWidth="1"
        className="fill-none stroke-line"
      />
      <text
        x="24"
        y="24.5"
        textAnchor="middle"
        dominantBaseline="central"
        className="fill-ink font-display text-[15px] font-bold tracking-wide"
      >
        {initialsOf(name)}
      </text>
    </svg>
  );
}
