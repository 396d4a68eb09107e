import type { Show } from '../data/show-types.ts';
import { CountdownCard } from '../features/release/components/countdown-card.tsx';
import { GuideLive } from '../features/release/components/guide-cells.tsx';
import { SeenEpisodeTitle } from '../features/spoilers/components/episode-title.tsx';
import { HorizonControl } from '../features/spoilers/components/horizon-control.tsx';
import { StoryGates } from '../features/spoilers/components/story-gates.tsx';
import { ThemeToggle } from '../features/theme/components/theme-toggle.tsx';
import { ZoneChooser } from '../features/time-zone/components/zone-chooser.tsx';
import { WatchAlongFromLink, WatchAlongPlan } from './watch-along-islands.tsx';

/** What every island is given: the show, from the query state the page carries. */
export interface IslandProps {
  show: Show;
}

/*
 * Every live piece of the page, by the name its element carries (`data-island`). The rest of the
 * page is HTML the build wrote, which React never renders in the browser and whose code never ships.
 */
export const ISLANDS = {
  // The header's two settings share a root: each root costs its own start-up (docs/performance.md).
  'page-settings': () => (
    <>
      <ZoneChooser />
      <ThemeToggle />
    </>
  ),
  // The release card and, under it, "Plan a watch-along": next to each other, one root.
  'release-card': ({ show }: IslandProps) => (
    <>
      <CountdownCard show={show} />
      <WatchAlongPlan show={show} />
    </>
  ),
  // "I have seen" above the guide, and every live cell of the guide (through portals): one root.
  guide: ({ show }: IslandProps) => (
    <>
      <HorizonControl show={show} />
      <GuideLive
        show={show}
        // The guide is the release feature's, the titles the spoiler feature's: composed here.
        title={(episodeNumber) => <SeenEpisodeTitle show={show} episodeNumber={episodeNumber} />}
      />
    </>
  ),
  story: StoryGates,
  'watch-along': WatchAlongFromLink,
} satisfies Record<string, (props: IslandProps) => React.ReactNode>;

export type IslandName = keyof typeof ISLANDS;

export function isIslandName(name: string | undefined): name is IslandName {
  return name !== undefined && Object.hasOwn(ISLANDS, name);
}
