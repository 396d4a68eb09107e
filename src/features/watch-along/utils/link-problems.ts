import type { WatchLinkProblem } from './watch-link.ts';

const NONE = 'so no watch-along is shown.';

/** One short sentence for the visitor: what was wrong with the link and what the page did. */
export function problemText(problem: WatchLinkProblem): string {
  switch (problem.kind) {
    case 'time':
      return `The start time in this watch-along link cannot be read, ${NONE}`;
    case 'episodes-missing':
      return `This watch-along link does not say which episodes, ${NONE}`;
    case 'episodes-unreadable':
      return `The episodes in this watch-along link cannot be read, ${NONE}`;
    case 'episodes-outside':
      return `This watch-along link asks for episodes the series does not have (it has 1 to ${problem.episodeCount}), ${NONE}`;
    case 'episodes-backwards':
      return `This watch-along link's episodes run backwards, from ${problem.firstEpisode} to ${problem.lastEpisode}, ${NONE}`;
    case 'name-markup':
      return 'The name in this link looks like web page code, so it is left out.';
    case 'name-hidden-characters':
      return 'Hidden control characters were taken out of the name in this link.';
    case 'name-long':
      return `The name in this link is long, so only its first ${problem.maxLength} characters are shown.`;
  }
}
