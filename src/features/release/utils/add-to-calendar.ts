import type { Show } from '../../../data/show-types.ts';
import { buildIcs } from './build-ics.ts';
import { calendarFileName, premiereEvent } from './premiere-event.ts';

/**
 * Builds the premiere's .ics and hands it to the browser as a download. Loaded only when the
 * visitor asks, so none of this weighs on the first paint.
 */
export function downloadPremiereIcs(show: Show): void {
  const text = buildIcs(premiereEvent(show, Date.now()));
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = calendarFileName(show);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the next task is late enough to free the blob.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
