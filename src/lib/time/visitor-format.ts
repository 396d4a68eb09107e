/**
 * Times for the visitor, in a zone they see. Only ever called in the browser, after hydration:
 * the pre-rendered HTML stays neutral, so it never disagrees with what the browser renders.
 * The page's words are English; the conventions (date order, clock) are the visitor's.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    formatters.set(key, cached);
  }
  return cached;
}

/** "Wednesday 10 January 2024 at 07:55" */
export function formatVisitorDateTime(instantMs: number, zone: string): string {
  return formatter(zone, { dateStyle: 'full', timeStyle: 'short' }).format(instantMs);
}

/** "Wednesday 10 January" */
export function formatVisitorDay(instantMs: number, zone: string): string {
  return formatter(zone, { weekday: 'long', day: 'numeric', month: 'long' }).format(instantMs);
}

/** "07:55" */
export function formatVisitorClock(instantMs: number, zone: string): string {
  return formatter(zone, { timeStyle: 'short' }).format(instantMs);
}
