import { afterHydration } from '../../../components/ui/after-hydration.tsx';
import type { Show } from '../../../data/show-types.ts';
import { loadLiveParts } from './load-live-parts.ts';
import { TitleHidden } from './title-hidden.tsx';

export interface EpisodeTitleProps {
  show: Show;
  /** 1 for the first episode, as in the show's `run.episodes[].number`. */
  episodeNumber: number;
}

/**
 * An episode's title where the visitor may see it: within their horizon, with "Show all
 * spoilers" on, or once they ask for this one title. Otherwise a neutral "Title hidden" and a
 * button for this episode alone; nothing of a hidden title is rendered or downloaded. For the
 * episode guide's title column, and anywhere else a title belongs.
 *
 * The pre-rendered HTML says "Title hidden" for every episode (the server never knows the
 * visitor's horizon); the code that knows it loads after hydration, off the first load.
 */
export const EpisodeTitle = afterHydration<EpisodeTitleProps>(
  'the episode titles you may see',
  () => loadLiveParts().then((module) => module.EpisodeTitleGate),
  () => <TitleHidden />,
);

/**
 * An episode's title only if the visitor has seen it (see SeenEpisodeTitle): nothing otherwise,
 * and nothing in the pre-rendered HTML.
 */
export const EpisodeTitleIfSeen = afterHydration<EpisodeTitleProps>(
  'the titles of the episodes you have seen',
  () => loadLiveParts().then((module) => module.SeenEpisodeTitle),
  () => null,
);
