/**
 * The first Intl.DateTimeFormat a page makes costs milliseconds (ICU reads its locale and
 * time-zone data), every later one a fraction of one. Hydration's first render makes one for the
 * countdown, inside a task that cannot be split; made here while the app's code downloads, that
 * cost is a task of its own instead.
 */
export function warmUpIntl(): void {
  new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric' }).format(0);
}
