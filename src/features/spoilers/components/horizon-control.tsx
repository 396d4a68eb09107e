import { useId } from 'react';
import { afterHydration } from '../../../components/ui/after-hydration.tsx';
import type { Show } from '../../../data/show-types.ts';
import { HORIZON_CONTROL_LOOK } from './horizon-control-look.ts';
import { loadLiveParts } from './load-live-parts.ts';

/**
 * The horizon control ("I have seen: …") for anywhere on the page that shows episodes. It only
 * works with script, so its code loads after hydration; until then (and without script) a
 * disabled control of the same size holds its place and says what it needs, so nothing moves
 * when the real one arrives.
 */
export const HorizonControl = afterHydration<{ show: Show }>(
  () => loadLiveParts().then((module) => module.HorizonSelect),
  () => <HorizonControlPlaceholder />,
);

function HorizonControlPlaceholder() {
  const id = useId();
  return (
    <div className={HORIZON_CONTROL_LOOK.row}>
      <label htmlFor={id} className={HORIZON_CONTROL_LOOK.label}>
        I have seen
      </label>
      <select id={id} disabled className={HORIZON_CONTROL_LOOK.select}>
        <option>needs JavaScript</option>
      </select>
    </div>
  );
}
