import { useId } from 'react';
import { SCRIPT_CASES, SHORT_STAND_IN } from '../../../components/ui/until-script-runs.tsx';
import type { Show } from '../../../data/show-types.ts';
import { useLive } from '../../../lib/live.ts';
import { useHorizon } from '../hooks/use-horizon.ts';

/** Shared by the control and the stand-in that holds its place, so nothing moves between them. */
const LOOK = {
  // Not on paper: a printed select says nothing a reader can change.
  row: 'flex flex-wrap items-center gap-x-3 gap-y-1 print:hidden',
  label: 'font-semibold text-ink',
  // A fixed width: the stand-in's words and the control's longest option differ in length.
  select:
    'min-h-11 w-52 rounded-md border border-line bg-surface-raised px-3 text-ink hover:border-accent disabled:opacity-75',
} as const;

/**
 * The horizon control ("I have seen: …") for anywhere on the page that shows episodes. It only
 * works with script: until its island is live (and without script) a disabled control of the
 * same size holds its place and says why it waits.
 */
export function HorizonControl({ show }: { show: Show }) {
  return useLive() ? <HorizonSelect show={show} /> : <HorizonStandIn />;
}

/**
 * A select cannot hide part of its text, so the stand-in is one disabled select per case (loading,
 * no script, code failed), each shown only when it is true, all labelled by the same label.
 */
function HorizonStandIn() {
  const id = useId();
  const labelId = `${id}-label`;
  return (
    <div className={LOOK.row}>
      <label id={labelId} htmlFor={`${id}-loading`} className={LOOK.label}>
        I have seen
      </label>
      {SCRIPT_CASES.map(({ name, className }) => (
        <select
          key={name}
          id={`${id}-${name}`}
          aria-labelledby={labelId}
          disabled
          className={`${LOOK.select} ${className}`}
        >
          <option>{SHORT_STAND_IN[name]}</option>
        </select>
      ))}
    </div>
  );
}

/** A native select: keyboard and screen-reader support come from the browser, not from our code. */
function HorizonSelect({ show }: { show: Show }) {
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
    <div className={LOOK.row}>
      <label htmlFor={id} className={LOOK.label}>
        I have seen
      </label>
      <select
        id={id}
        value={horizon}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => {
          setHorizon(Number(event.target.value));
        }}
        className={LOOK.select}
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
