import type { Show } from '../data/show-types.ts';
import { CountdownCard } from '../features/release/components/countdown-card.tsx';
import {
  BroadcastCell,
  GuideStatusHeading,
  GuideStreamZone,
  GuideZone,
  GuideZoneNote,
  PhoneStatus,
  StatusCell,
  StreamCell,
} from '../features/release/components/guide-cells.tsx';
import { SeenEpisodeTitle } from '../features/spoilers/components/episode-title.tsx';
import { HorizonControl } from '../features/spoilers/components/horizon-control.tsx';
import { StoryGates } from '../features/spoilers/components/story-gates.tsx';
import { ThemeToggle } from '../features/theme/components/theme-toggle.tsx';
import { ZoneChooser } from '../features/time-zone/components/zone-chooser.tsx';
import { WatchAlongFromLink, WatchAlongPlan } from './watch-along-islands.tsx';

/** What every island is given: the show, from the query state the page carries. */
export interface IslandProps {
  show: Show;
  /** For an island that belongs to one episode (the guide's cells): its number. */
  episode?: number;
}

/*
 * Every live piece of the page, by the name its element carries (`data-island`). The rest of the
 * page is HTML the build wrote, which React never hydrates and whose code never ships.
 */
export const ISLANDS = {
  'zone-chooser': ZoneChooser,
  'theme-toggle': ThemeToggle,
  'release-card': CountdownCard,
  'horizon-control': HorizonControl,
  'guide-zone': GuideZone,
  'guide-stream-zone': GuideStreamZone,
  'guide-status-heading': GuideStatusHeading,
  'guide-zone-note': GuideZoneNote,
  'seen-title': ({ show, episode = 0 }: IslandProps) => (
    <SeenEpisodeTitle show={show} episodeNumber={episode} />
  ),
  'phone-status': PhoneStatus,
  'guide-broadcast': BroadcastCell,
  'guide-stream': StreamCell,
  'guide-status': StatusCell,
  story: StoryGates,
  'watch-along': WatchAlongFromLink,
  'watch-along-plan': WatchAlongPlan,
} satisfies Record<string, (props: IslandProps) => React.ReactNode>;

export type IslandName = keyof typeof ISLANDS;

export function isIslandName(name: string | undefined): name is IslandName {
  return name !== undefined && Object.hasOwn(ISLANDS, name);
}
