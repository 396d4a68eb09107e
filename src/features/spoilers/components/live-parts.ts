/**
 * Every part of the story that only matters once the page is live, loaded as one chunk after
 * hydration: the horizon control, the episode list, a hidden title's reveal, a seen title, and
 * an opened level's text. One chunk rather than one per part: they are all wanted at the same
 * moment, and each lazy chunk adds a request and a preload wrapper to the first load's code.
 * (Without the build's shared-code group in vite.config.ts, several lazy chunks also made the
 * bundler split React out of the hydration chunk.)
 */
export { EpisodeList } from './episode-list.tsx';
export { EpisodeTitleGate } from './episode-title-gate.tsx';
export { HorizonSelect } from './horizon-select.tsx';
export { SeenEpisodeTitle } from './seen-episode-title.tsx';
export { SynopsisPanel } from './synopsis-panel.tsx';
