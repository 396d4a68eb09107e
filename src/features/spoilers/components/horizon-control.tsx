import { useId } from 'react';
import { afterHydration } from '../../../components/ui/after-hydration.tsx';
import { SCRIPT_CASES, SHORT_STAND_IN } from '../../../components/ui/until-script-runs.tsx';
import type { Show } from '../../../data/show-types.ts';
import { HORIZON_CONTROL_LOOK } from './horizon-control-look.ts';
import { loadLiveParts } from './load-live-parts.ts';

/**
 * The horizon control ("I have seen: …") for anywhere on the page that shows episodes. It only
 * works with script, so its code loads after hydration; until then (and without script) a
 * disabled control of the same size holds its place and says why it waits, so nothing moves when
 * the real one arrives.
 */
export const HorizonControl = afterHydration<{ show: Show }>(
  'the choice of how far you have watched',
  () => loadLiveParts().then((module) => module.HorizonSelect),
  () => <HorizonControlPlaceholder />,
);

/**
 * A select cannot hide part of its text, so the stand-in is one disabled select per case (loading,
 * no script, code failed), each shown only when it is true, all labelled by the same label.
 */
function HorizonControlPlaceholder() {
  const id = useId();
  const labelId = `${id}-label`;
  return (
    <div className={HORIZON_CONTROL_LOOK.row}>
      <label id={labelId} htmlFor={`${id}-loading`} className={HORIZON_CONTROL_LOOK.label}>
        I have seen
      </label>
      {SCRIPT_CASES.map(({ name, className }) => (
        <select
          key={name}
          id={`${id}-${name}`}
          aria-labelledby={labelId}
          disabled
          className={`${HORIZON_CONTROL_LOOK.select} ${className}`}
        >
          <option>{SHORT_STAND_IN[name]}</option>
        </select>
      ))}
    </div>
  );
}
