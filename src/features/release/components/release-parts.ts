import { deferredPart, staticPart } from '../../../lib/static-part.tsx';

/*
 * The release section's parts that do not tick (see lib/static-part.tsx): fixed facts stay as
 * pre-rendered; the parts with the visitor's own times hydrate once their code has arrived.
 */

export const StaticWhereToWatch = staticPart(() =>
  import('./where-to-watch.tsx').then((module) => module.WhereToWatch),
);

export const StaticDateTimeline = staticPart(() =>
  import('./date-timeline.tsx').then((module) => module.DateTimeline),
);

export const DeferredPremiereTimes = deferredPart(() =>
  import('./premiere-times.tsx').then((module) => module.PremiereTimes),
);

export const DeferredEpisodeGuide = deferredPart(() =>
  import('./episode-guide.tsx').then((module) => module.EpisodeGuide),
);

/** Disabled in the HTML until it works; its code can come after the page's own. */
export const DeferredCountToChoice = deferredPart(() =>
  import('./count-to-choice.tsx').then((module) => module.CountToChoice),
);

/*
 * Figures only some visitors ever see, never in the pre-rendered page: the exact moment of the
 * next episode during the run, and the estimates for a date known only roughly.
 */

export const DeferredReleaseMoment = deferredPart(() =>
  import('./release-moment.tsx').then((module) => module.ReleaseMoment),
);

export const DeferredWindowEstimate = deferredPart(() =>
  import('./window-estimate.tsx').then((module) => module.WindowEstimate),
);

export const DeferredTimeSince = deferredPart(() =>
  import('./time-since.tsx').then((module) => module.TimeSince),
);
