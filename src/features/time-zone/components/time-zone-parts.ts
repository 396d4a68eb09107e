import { deferredPart } from '../../../lib/static-part.tsx';

/**
 * The chooser as a part of the page (see lib/static-part.tsx): pre-rendered disabled, saying it
 * needs JavaScript, and hydrated once its code has arrived after the page's own. Nothing of it,
 * the zone list least of all, is in the script the page loads first.
 */
export const DeferredZoneChooser = deferredPart('the time zone chooser', () =>
  import('./zone-chooser.tsx').then((module) => module.ZoneChooser),
);
