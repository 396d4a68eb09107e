import { useShownEpisodeCount } from '../hooks/use-horizon.ts';
import type { EpisodeTitleProps } from './episode-title.tsx';
import { LoadedTitle } from './loaded-title.tsx';

/**
 * The title of an episode the visitor has seen (or with "Show all spoilers" on), and nothing at
 * all for one past the horizon: no placeholder, no button. For lists of every episode, such as the
 * episode guide, where a reveal in each row would cost a Tab stop per episode; the story's
 * episode list has the reveals.
 */
export function SeenEpisodeTitle({ show, episodeNumber }: EpisodeTitleProps) {
  const shownCount = useShownEpisodeCount(show);
  if (episodeNumber > shownCount) return null;
  return <LoadedTitle show={show} episodeNumber={episodeNumber} />;
}
