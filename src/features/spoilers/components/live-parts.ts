/**
 * Every part of the story that only matters once the page is live, loaded as one chunk after
 * hydration: the horizon control, the episode list, a hidden title's reveal, and an opened
 * level's text. One chunk rather than one per part on purpose: with several lazy chunks the
 * bundler splits React and the shared code out of the hydration chunk into extra first-load
 * chunks, which costs more than these parts weigh.
 */
export { EpisodeList } from './episode-list.tsx';
export { EpisodeTitleGate } from './episode-title-gate.tsx';
export { HorizonSelect } from './horizon-select.tsx';
export { SynopsisPanel } from './synopsis-panel.tsx';
