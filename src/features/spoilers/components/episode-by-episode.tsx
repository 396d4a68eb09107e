import { afterHydration } from '../../../components/ui/after-hydration.tsx';
import type { Show } from '../../../data/show-types.ts';
import { loadLiveParts } from './load-live-parts.ts';

/**
 * The story one episode at a time, up to the visitor's horizon. It depends on the visitor, whom
 * the pre-rendered HTML never knows, so it is left out of that HTML and loads after hydration.
 */
export const EpisodeByEpisode = afterHydration<{ show: Show }>(
  'the story episode by episode',
  () => loadLiveParts().then((module) => module.EpisodeList),
  () => null,
);
