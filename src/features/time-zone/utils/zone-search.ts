import { CURRENT_NAMES, deviceZone } from '../../../lib/time/zone-names.ts';
import { formatOffset, zoneCity, zoneOffsetMinutes } from '../../../lib/time/zoned-time.ts';

/** One zone as the finder lists it. */
export interface ZoneEntry {
  /** The IANA name, current spelling: "Asia/Kathmandu". */
  zone: string;
  /** "Kathmandu" */
  city: string;
  /** "Nepal Time", where the browser has a name for it. */
  name: string;
  /** "UTC+5:45" now. */
  offset: string;
  /** Everything a visitor might type for it (names old and new, the offset), folded. */
  words: string;
  /** The city, folded: what ranks a match first. */
  folded: string;
}

/** "São Paulo" → "sao paulo", "St_Johns" → "st johns": case, accents and punctuation ignored. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function genericName(zone: string, atMs: number): string {
  return (
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(atMs)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

let entries: ZoneEntry[] | undefined;

/**
 * Every zone this browser knows (Intl.supportedValuesOf), under its current name and findable by
 * its old one too, plus UTC (which the list leaves out, and work laptops use) and the device's
 * own zone. Sorted by city. Built once, when the finder first needs it.
 */
export function allZones(atMs = Date.now()): ZoneEntry[] {
  if (entries) return entries;
  const oldNames = new Map<string, string>();
  for (const given of [...Intl.supportedValuesOf('timeZone'), 'UTC', deviceZone()]) {
    const zone = CURRENT_NAMES[given] ?? given;
    oldNames.set(zone, [oldNames.get(zone), given === zone ? '' : given].join(' '));
  }
  entries = [...oldNames].map(([zone, old]) => {
    const city = zoneCity(zone);
    const name = genericName(zone, atMs);
    const offset = formatOffset(zoneOffsetMinutes(atMs, zone));
    return {
      zone,
      city,
      name,
      offset,
      words: fold(`${zone} ${old} ${name} ${offset}`),
      folded: fold(city),
    };
  });
  entries.sort((a, b) => a.city.localeCompare(b.city, 'en'));
  return entries;
}

/**
 * The zones that match what the visitor typed: every word they typed appears somewhere in the
 * zone's names, in any order. Cities that start with the query come first, then zones with a
 * word that starts with it, then the rest; each group by city. An empty query lists them all.
 */
export function findZones(query: string, zones: ZoneEntry[]): ZoneEntry[] {
  const wanted = fold(query);
  if (!wanted) return zones;
  const terms = wanted.split(' ');
  const rank = (entry: ZoneEntry) => {
    if (entry.folded.startsWith(wanted)) return 0;
    return ` ${entry.words}`.includes(` ${terms[0] ?? ''}`) ? 1 : 2;
  };
  return zones
    .filter((entry) => terms.every((term) => entry.words.includes(term)))
    .map((entry) => ({ entry, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ entry }) => entry);
}
