import type { Show } from '../../../data/show-types.ts';
import { downloadCalendarFile } from '../../../lib/ics.ts';
import { formatWatchLink, type WatchAlong } from './watch-link.ts';
import { watchAlongEvent, watchAlongFileName } from './watch-along-event.ts';

/** Saves the watch-along as an .ics. Loaded on the click, not with the card. */
export function downloadWatchAlong(show: Show, watchAlong: WatchAlong): void {
  // Relative to the page, so the link works wherever the page is served (under a base path too).
  const linkUrl = new URL(formatWatchLink(watchAlong), window.location.href).href;
  downloadCalendarFile(watchAlongFileName(show, watchAlong), [
    watchAlongEvent(show, watchAlong, linkUrl, Date.now()),
  ]);
}
