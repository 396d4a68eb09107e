import { useId } from 'react';
import { useLive } from '../../../lib/live.ts';
import { useCountTo } from '../stores/count-to.ts';
import type { CountTo } from '../utils/run-schedule.ts';

const CHOICES: { value: CountTo; label: string }[] = [
  { value: 'tv', label: 'The TV broadcast in Japan' },
  { value: 'crunchyroll', label: 'The release on Crunchyroll' },
];

/**
 * What the countdown counts to, remembered on this device. Disabled until the page's script
 * runs: without it, a choice could not change anything.
 */
export function CountToChoice() {
  const { countTo, remembered, setCountTo } = useCountTo();
  const live = useLive();
  const name = useId();
  return (
    <fieldset className="mt-6 border-t border-line pt-4 print:hidden">
      <legend className="float-left mr-4 py-2 font-semibold text-ink">Count down to</legend>
      <div className="flex flex-wrap gap-x-5">
        {CHOICES.map(({ value, label }) => (
          <label key={value} className="inline-flex min-h-11 items-center gap-2 text-ink">
            <input
              type="radio"
              name={name}
              value={value}
              checked={countTo === value}
              disabled={!live}
              onChange={() => {
                setCountTo(value);
              }}
              className="size-4 accent-accent"
            />
            {label}
          </label>
        ))}
      </div>
      {live && !remembered && (
        <p className="clear-left text-sm text-ink-muted">
          This browser does not let the page store your choice, so it lasts for this visit only.
        </p>
      )}
    </fieldset>
  );
}
