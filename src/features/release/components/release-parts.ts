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

export const DeferredPremiereTimes = deferredPart('the premiere in your time zone', () =>
  import('./premiere-times.tsx').then((module) => module.PremiereTimes),
);

export const DeferredEpisodeGuide = deferredPart('the episode guide’s times and horizon', () =>
  import('./episode-guide.tsx').then((module) => module.EpisodeGuide),
);

/** Disabled in the HTML until it works; its code can come after the page's own. */
export const DeferredCountToChoice = deferredPart('the choice of what to count down to', () =>
  import('./count-to-choice.tsx').then((module) => module.CountToChoice),
);

/*
 * Figures only some visitors ever see, never in the pre-rendered page: the estimates for a date
 * known only roughly, before a show's run is known.
 */

export const DeferredWindowEstimate = deferredPart('the estimate of when it airs', () =>
  import('./window-estimate.tsx').then((module) => module.WindowEstimate),
);

export const DeferredTimeSince = deferredPart('the time since it aired', () =>
  import('./time-since.tsx').then((module) => module.TimeSince),
);
