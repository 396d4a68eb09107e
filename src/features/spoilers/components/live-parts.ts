/**
 * Every part of the story that only matters once the page is live, loaded in one import after
 * hydration: the horizon control, the episode list, a hidden title's reveal, a seen title, and
 * an opened level's text. One import rather than one per part: they are all wanted at the same
 * moment, and each lazy import adds a preload wrapper to the first load's code. The build puts
 * these modules in one chunk with the page's other deferred parts (vite.config.ts).
 */
export { EpisodeList } from './episode-list.tsx';
export { EpisodeTitleGate } from './episode-title-gate.tsx';
export { HorizonSelect } from './horizon-select.tsx';
export { SeenEpisodeTitle } from './seen-episode-title.tsx';
export { SynopsisPanel } from './synopsis-panel.tsx';
