/**
 * ICU still reports some zones by their old names; visitors there know the current ones.
 * (The instant maths is the same either way: these are aliases.)
 */
export const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
};

/**
 * The zone's IANA name as visitors know it ("asia/calcutta" → "Asia/Kolkata"), or undefined for
 * anything this browser's Intl does not know: Intl is the judge, so whatever it accepts, the
 * page can show. Without a name, the device's zone.
 */
export function canonicalZone(given?: string): string | undefined {
  try {
    const zone = new Intl.DateTimeFormat('en', { timeZone: given }).resolvedOptions().timeZone;
    return CURRENT_NAMES[zone] ?? zone;
  } catch {
    return undefined;
  }
}

/** The zone the device is set to. */
export function deviceZone(): string {
  // Only a name given can be unknown; the fallback keeps the type honest.
  return canonicalZone() ?? 'UTC';
}
