import { afterHydration } from '../../../components/ui/after-hydration.tsx';
import type { Show } from '../../../data/show-types.ts';
import { loadLiveParts } from './load-live-parts.ts';

/**
 * The horizon control ("I have seen: …"), for the story and for anywhere else on the page that
 * shows episodes. It only works with script, so its code loads after hydration, and it is not
 * in the pre-rendered HTML.
 */
export const HorizonControl = afterHydration<{ show: Show }>(
  () => loadLiveParts().then((module) => module.HorizonSelect),
  () => null,
);
