import type { ComponentType } from 'react';
import type { Show } from '../data/show-types.ts';
import { EpisodeGuide } from '../features/release/components/episode-guide.tsx';
import { Island } from './island.tsx';

/**
 * The episode guide: HTML, with an island for each piece that follows the visitor or the time.
 * `Place` puts each island in (component tests render them in place instead).
 */
export function Guide({
  show,
  Place = Island,
}: {
  show: Show;
  Place?: ComponentType<Parameters<typeof Island>[0]>;
}) {
  if (!show.run) return null;
  const Island = Place;
  return (
    <EpisodeGuide
      show={show}
      run={show.run}
      islands={{
        zone: <Island as="span" name="guide-zone" />,
        streamZone: <Island as="span" name="guide-stream-zone" />,
        statusHeading: <Island as="span" name="guide-status-heading" />,
        zoneNote: <Island name="guide-zone-note" />,
        horizonControl: <Island name="horizon-control" />,
        episode: (episode) => ({
          // Empty (and so out of the layout) until a title the visitor may see loads.
          title: (
            <Island
              as="span"
              name="seen-title"
              episode={episode}
              className="mt-1 block font-normal empty:hidden"
            />
          ),
          phoneStatus: <Island as="span" name="phone-status" episode={episode} />,
          broadcast: (
            <Island as="td" name="guide-broadcast" episode={episode} label="Where you are" />
          ),
          stream: <Island as="td" name="guide-stream" episode={episode} label="Crunchyroll" />,
          status: (
            <Island as="td" name="guide-status" episode={episode} className="max-md:hidden" />
          ),
        }),
      }}
    />
  );
}
