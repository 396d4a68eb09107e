import { describe, expect, it } from 'vitest';
import {
  ALL_HIDDEN,
  ALL_SHOWN,
  isAllShown,
  parseVisibility,
  serializeVisibility,
  withLevel,
} from '../../src/features/spoilers/utils/spoiler-visibility.ts';

describe('spoiler visibility', () => {
  it('reads a stored list of shown levels and writes it back the same way', () => {
    expect(parseVisibility('premise')).toEqual({ premise: true, 'episode-1': false, all: false });
    expect(parseVisibility('all episode-1 premise')).toEqual(ALL_SHOWN);
    expect(serializeVisibility(ALL_SHOWN)).toBe('premise episode-1 all');
    expect(serializeVisibility(ALL_HIDDEN)).toBe('');
    const episodeOnly = { premise: false, 'episode-1': true, all: false };
    expect(parseVisibility(serializeVisibility(episodeOnly))).toEqual(episodeOnly);
  });

  it('reads a choice stored before the switch was its own as every level open, switch off', () => {
    expect(parseVisibility('premise episode-1')).toEqual({
      premise: true,
      'episode-1': true,
      all: false,
    });
  });

  it('treats missing, empty or foreign values as hidden', () => {
    for (const stored of [null, '', 'true', '{"premise":true}', 'Premise', 'episode-2']) {
      expect(parseVisibility(stored)).toEqual(ALL_HIDDEN);
    }
  });

  it('changes one level at a time; only the switch shows all, and hiding a level turns it off', () => {
    const one = withLevel(ALL_HIDDEN, 'premise', true);
    expect(one).toEqual({ premise: true, 'episode-1': false, all: false });
    // Both levels open is not "everything": the switch also reveals every episode.
    expect(isAllShown(withLevel(one, 'episode-1', true))).toBe(false);
    expect(isAllShown(ALL_SHOWN)).toBe(true);
    expect(isAllShown(withLevel(ALL_SHOWN, 'episode-1', true))).toBe(true);
    expect(withLevel(ALL_SHOWN, 'premise', false)).toEqual({
      premise: false,
      'episode-1': true,
      all: false,
    });
    expect(ALL_HIDDEN).toEqual({ premise: false, 'episode-1': false, all: false });
  });
});
