// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import { ZONE_KEY, createZonePreference } from '../../src/lib/time/use-visitor-zone.ts';
import { canonicalZone } from '../../src/lib/time/zone-names.ts';

/** What another tab of the page does: writes storage, and this tab hears a storage event. */
function otherTabWrites(value: string | null) {
  if (value === null) localStorage.removeItem(ZONE_KEY);
  else localStorage.setItem(ZONE_KEY, value);
  window.dispatchEvent(new StorageEvent('storage', { key: ZONE_KEY, newValue: value }));
}

const HOSTILE = [
  'Mars/Olympus_Mons',
  '\u0000',
  '',
  ' ',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  'Europe/London\u0000',
  'x'.repeat(5000),
];

describe('canonicalZone', () => {
  it.each([
    ['Asia/Kathmandu', 'Asia/Kathmandu'],
    ['asia/kathmandu', 'Asia/Kathmandu'],
    ['Asia/Katmandu', 'Asia/Kathmandu'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/St_Johns', 'America/St_Johns'],
    ['Pacific/Chatham', 'Pacific/Chatham'],
    ['UTC', 'UTC'],
  ])('knows %s as %s', (given, zone) => {
    expect(canonicalZone(given)).toBe(zone);
  });

  it.each(HOSTILE)('knows no zone %j, and says so without throwing', (given) => {
    expect(canonicalZone(given)).toBeUndefined();
  });
});

describe('the zone preference', () => {
  it('follows the device (null) until the visitor chooses, and stores a choice', () => {
    const preference = createZonePreference(createSafeStorage(), () => '');
    expect(preference.getSnapshot()).toMatchObject({ value: null, fromLink: false });
    preference.set('Asia/Kathmandu');
    expect(localStorage.getItem(ZONE_KEY)).toBe('Asia/Kathmandu');
    expect(preference.getSnapshot()).toMatchObject({ value: 'Asia/Kathmandu', remembered: true });
    preference.set(null);
    expect(localStorage.getItem(ZONE_KEY)).toBeNull();
  });

  it('is decided by a ?tz= link for the visit, which stores nothing', () => {
    localStorage.setItem(ZONE_KEY, 'Europe/Paris');
    const preference = createZonePreference(createSafeStorage(), () => '?tz=asia/calcutta');
    expect(preference.getSnapshot()).toMatchObject({
      value: 'Asia/Kolkata',
      fromLink: true,
      rejectedLinkValue: null,
    });
    expect(localStorage.getItem(ZONE_KEY)).toBe('Europe/Paris');
  });

  it('is the visitor’s own once they choose the link’s zone itself, and stored', () => {
    const preference = createZonePreference(createSafeStorage(), () => '?tz=Asia/Tokyo');
    preference.set('Asia/Tokyo');
    expect(preference.getSnapshot()).toMatchObject({ value: 'Asia/Tokyo', fromLink: false });
    expect(localStorage.getItem(ZONE_KEY)).toBe('Asia/Tokyo');
  });

  it.each(HOSTILE)('sets aside the link ?tz=%j and keeps the stored zone', (given) => {
    localStorage.setItem(ZONE_KEY, 'Europe/Paris');
    const search = `?${new URLSearchParams({ tz: given }).toString()}`;
    const preference = createZonePreference(createSafeStorage(), () => search);
    expect(preference.getSnapshot()).toMatchObject({
      value: 'Europe/Paris',
      fromLink: false,
      rejectedLinkValue: given,
    });
  });

  it('ignores a stored value no browser would know', () => {
    localStorage.setItem(ZONE_KEY, 'Mars/Olympus_Mons');
    expect(createZonePreference(createSafeStorage(), () => '').getSnapshot().value).toBeNull();
  });

  it('follows a zone chosen, or cleared, in another tab', () => {
    const preference = createZonePreference(createSafeStorage(), () => '');
    const stop = preference.subscribe(() => undefined);
    otherTabWrites('Pacific/Chatham');
    expect(preference.getSnapshot().value).toBe('Pacific/Chatham');
    otherTabWrites(null);
    expect(preference.getSnapshot().value).toBeNull();
    stop();
  });

  it('keeps a choice for the visit when the browser refuses storage, and says so', () => {
    const blocked = createSafeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const preference = createZonePreference(blocked, () => '');
    preference.set('America/St_Johns');
    expect(preference.getSnapshot()).toMatchObject({
      value: 'America/St_Johns',
      remembered: false,
    });
  });
});
