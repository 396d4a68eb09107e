import { describe, expect, it } from 'vitest';
import { allZones, findZones, fold } from '../../src/features/time-zone/utils/zone-search.ts';

const AT = Date.parse('2024-01-10T15:55:00Z');

function firstFound(query: string) {
  return findZones(query, allZones(AT))[0]?.zone;
}

describe('the zones the finder offers', () => {
  const zones = allZones(AT);

  it('are every zone the browser knows, once each, under current names, with UTC', () => {
    const names = zones.map((entry) => entry.zone);
    expect(names.length).toBeGreaterThanOrEqual(Intl.supportedValuesOf('timeZone').length);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Asia/Kathmandu', 'Asia/Kolkata', 'UTC']));
    expect(names).not.toContain('Asia/Katmandu');
  });

  it('say each zone’s city, name and offset', () => {
    expect(zones.find((entry) => entry.zone === 'America/St_Johns')).toMatchObject({
      city: 'St Johns',
      name: 'Newfoundland Time',
      offset: 'UTC−3:30',
    });
    expect(zones.find((entry) => entry.zone === 'Pacific/Chatham')).toMatchObject({
      offset: 'UTC+13:45',
    });
  });
});

describe('finding a zone by what the visitor types', () => {
  it.each([
    ['kathmandu', 'Asia/Kathmandu'],
    ['Katmandu', 'Asia/Kathmandu'],
    ['los angeles', 'America/Los_Angeles'],
    ['Los_Angeles', 'America/Los_Angeles'],
    ['angeles', 'America/Los_Angeles'],
    ['st john', 'America/St_Johns'],
    ["St John's", 'America/St_Johns'],
    ['chatham', 'Pacific/Chatham'],
    ['São Paulo', 'America/Sao_Paulo'],
    ['calcutta', 'Asia/Kolkata'],
    ['nepal', 'Asia/Kathmandu'],
    ['utc', 'UTC'],
  ])('"%s" finds %s first', (query, zone) => {
    expect(firstFound(query)).toBe(zone);
  });

  it('needs every word typed, in any order', () => {
    expect(firstFound('angeles los')).toBe('America/Los_Angeles');
    expect(findZones('los nowhere', allZones(AT))).toEqual([]);
  });

  it('lists every zone for an empty box', () => {
    expect(findZones('  ', allZones(AT))).toHaveLength(allZones(AT).length);
  });

  it('folds case, accents and punctuation alike', () => {
    expect(fold("  São_Paulo / St. John's ")).toBe('sao paulo st john s');
  });
});
