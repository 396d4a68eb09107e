import type { Show } from '../../../data/show-types.ts';
import { lengthOfEpisodes, runtimeOnRecord } from '../../../data/episode-length.ts';
import { downloadCalendarFile, icsUtc, type CalendarEvent } from '../../../lib/ics.ts';
import { episodesLabel } from './watch-along-words.ts';
import { formatInstant, formatWatchLink, type WatchAlong } from './watch-link.ts';

/** Saves the watch-along as an .ics. Loaded on the click, not with the card. */
export function downloadWatchAlong(show: Show, watchAlong: WatchAlong): void {
  // Relative to the page, so the link works wherever the page is served (under a base path too).
  const linkUrl = new URL(formatWatchLink(watchAlong), window.location.href).href;
  downloadCalendarFile(watchAlongFileName(show, watchAlong), [
    watchAlongEvent(show, watchAlong, linkUrl, Date.now()),
  ]);
}

/*
 * A watch-along as a calendar event. Episodes by number only: a calendar entry is seen on lock
 * screens and by anyone the file is shared with, and titles give the story away.
 */
function watchAlongEvent(
  show: Show,
  watchAlong: WatchAlong,
  linkUrl: string,
  stampMs: number,
): CalendarEvent {
  const { firstEpisode, lastEpisode, name } = watchAlong;
  const episodes = lastEpisode - firstEpisode + 1;
  const runtime = runtimeOnRecord(show.run);
  const length = runtime && lengthOfEpisodes(runtime, episodes);
  const seriesPage = show.run?.crunchyroll.seriesPage?.url;
  const what = `${show.title.english}, ${episodesLabel(watchAlong).toLowerCase()}`;
  const description = [
    `A watch-along: ${what}, each of you wherever you are, starting together.`,
    seriesPage && `Where to watch: Crunchyroll (outside Asia), ${seriesPage}`,
    length?.note,
    `The watch-along's page, with a countdown in your own time zone: ${linkUrl}`,
  ].filter((line): line is string => typeof line === 'string');
  return {
    uid: `${show.id}-watch-along-${icsUtc(watchAlong.startMs)}-${firstEpisode}-${lastEpisode}@metallic-rouge-page`,
    startMs: watchAlong.startMs,
    stampMs,
    ...(length ? { durationSeconds: length.durationSeconds } : {}),
    summary: name ? `${name}: ${what}` : `Watch-along: ${what}`,
    description: description.join('\n'),
    url: linkUrl,
  };
}

/** "metallic-rouge-watch-along-2026-12-12-episodes-5-6.ics" */
function watchAlongFileName(show: Show, watchAlong: WatchAlong): string {
  const day = formatInstant(watchAlong.startMs).slice(0, 10);
  const { firstEpisode, lastEpisode } = watchAlong;
  const episodes =
    firstEpisode === lastEpisode
      ? `episode-${firstEpisode}`
      : `episodes-${firstEpisode}-${lastEpisode}`;
  return `${show.id}-watch-along-${day}-${episodes}.ics`;
}
