/*
 * The watch-along link, a public format that must keep working once shared:
 *   ?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night
 * `watch` is a UTC instant (YYYY-MM-DDTHH:MMZ, or with :SS), `episodes` one episode or a range
 * "first-last" within the run, `name` optional. Only the names are here, for the first load to
 * know a link is there; reading one is the watch-along feature's
 * (features/watch-along/utils/watch-link.ts), and public/boot.js reads the horizon a link gives
 * the same way, before the first paint.
 */

export const WATCH_PARAM = 'watch';
export const EPISODES_PARAM = 'episodes';
