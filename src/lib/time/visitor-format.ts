/**
 * Times for the visitor, in a zone they see. Only ever called in the browser's render:
 * the pre-rendered HTML stays neutral, so it never disagrees with what the browser renders.
 * The page's words are English; the conventions (date order, clock) are the visitor's.
 */

export interface VisitorConventions {
  /** English as written in the visitor's region: "en-US", "en-DE"; "en-001" where ICU has none. */
  locale: string;
  /** The clock of the visitor's own locale: "h12" in en-US and ar-EG, "h23" in de-DE. */
  hourCycle?: Intl.DateTimeFormatOptions['hourCycle'];
}

/**
 * English words in the date order of the visitor's region and with their own locale's clock.
 * A region ICU has no English for (Egypt, Brazil…) gets international English, day before month,
 * as most of the world writes it: the few regions that put the month first each have their own.
 * Digits are Latin in every English locale.
 */
export function conventionsFor(language: string): VisitorConventions {
  const conventions: VisitorConventions = { locale: 'en-001' };
  try {
    conventions.hourCycle = new Intl.DateTimeFormat(language, {
      hour: 'numeric',
    }).resolvedOptions().hourCycle;
    // A language without a region (or none Intl knows) throws here: international English.
    const english = `en-${String(new Intl.Locale(language).maximize().region)}`;
    if (new Intl.DateTimeFormat(english).resolvedOptions().locale === english) {
      conventions.locale = english;
    }
  } catch {
    // A tag Intl cannot read: international English with its clock.
  }
  return conventions;
}

let visitor: VisitorConventions | undefined;

/** The conventions of the visitor's browser, worked out once. */
export function visitorConventions(): VisitorConventions {
  return (visitor ??= conventionsFor(navigator.language));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function format(instantMs: number, zone: string, options: Intl.DateTimeFormatOptions): string {
  const key = zone + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    const { locale, hourCycle } = visitorConventions();
    formatter = new Intl.DateTimeFormat(locale, { ...options, hourCycle, timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter.format(instantMs);
}

/** "Wednesday, January 10, 2024 at 7:55 AM" (en-US), "Wednesday, 10 January 2024 at 07:55" (en-GB) */
export function formatVisitorDateTime(instantMs: number, zone: string): string {
  return format(instantMs, zone, { dateStyle: 'full', timeStyle: 'short' });
}

/** "Wednesday, January 10" (en-US), "Wednesday 10 January" (en-GB) */
export function formatVisitorDay(instantMs: number, zone: string): string {
  return format(instantMs, zone, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "7:55 AM" (en-US), "07:55" (en-GB) */
export function formatVisitorClock(instantMs: number, zone: string): string {
  return format(instantMs, zone, { timeStyle: 'short' });
}
