import { useId } from 'react';
import type { Show } from '../../../data/show-types.ts';
import { useHorizon } from '../hooks/use-horizon.ts';
import { HORIZON_CONTROL_LOOK } from './horizon-control-look.ts';

/**
 * "I have seen: …", a native select: labelled, and operable with the keyboard (arrows, type to
 * find, Enter) and by every screen reader without any script of ours. A change applies at once
 * and is remembered on this device.
 */
export function HorizonSelect({ show }: { show: Show }) {
  const {
    value: horizon,
    aired,
    episodeCount,
    fromLink,
    rejectedLinkValue,
    setHorizon,
  } = useHorizon(show);
  const id = useId();
  const noteId = `${id}-note`;
  const note =
    rejectedLinkValue !== null
      ? `The link you followed gave a number of episodes this page does not know (it must be from 0 to ${episodeCount}), so it was ignored.`
      : fromLink
        ? 'Set by the link you followed, for this visit: it is not saved unless you change it.'
        : null;
  return (
    <div className={HORIZON_CONTROL_LOOK.row}>
      <label htmlFor={id} className={HORIZON_CONTROL_LOOK.label}>
        I have seen
      </label>
      <select
        id={id}
        value={horizon}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => {
          setHorizon(Number(event.target.value));
        }}
        className={HORIZON_CONTROL_LOOK.select}
      >
        {/* Only the episodes that have aired: the horizon never goes past them. */}
        {Array.from({ length: aired + 1 }, (_, seen) => (
          <option key={seen} value={seen}>
            {horizonLabel(seen, episodeCount)}
          </option>
        ))}
      </select>
      {note && (
        <p id={noteId} className="basis-full text-sm text-ink-muted">
          {note}
        </p>
      )}
    </div>
  );
}

function horizonLabel(seen: number, episodeCount: number): string {
  if (seen === 0) return 'nothing yet';
  if (seen === episodeCount) return `all ${episodeCount}`;
  return `up to episode ${seen}`;
}
