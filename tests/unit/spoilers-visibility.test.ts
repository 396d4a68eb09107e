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
    expect(parseVisibility('premise')).toEqual({ premise: true, 'episode-1': false });
    expect(parseVisibility('episode-1 premise')).toEqual(ALL_SHOWN);
    expect(serializeVisibility(ALL_SHOWN)).toBe('premise episode-1');
    expect(serializeVisibility(ALL_HIDDEN)).toBe('');
    expect(parseVisibility(serializeVisibility({ premise: false, 'episode-1': true }))).toEqual({
      premise: false,
      'episode-1': true,
    });
  });

  it('treats missing, empty or foreign values as hidden', () => {
    for (const stored of [null, '', 'true', '{"premise":true}', 'Premise', 'episode-2']) {
      expect(parseVisibility(stored)).toEqual(ALL_HIDDEN);
    }
  });

  it('changes one level at a time and knows when all are shown', () => {
    const one = withLevel(ALL_HIDDEN, 'premise', true);
    expect(one).toEqual({ premise: true, 'episode-1': false });
    expect(isAllShown(one)).toBe(false);
    expect(isAllShown(withLevel(one, 'episode-1', true))).toBe(true);
    expect(ALL_HIDDEN).toEqual({ premise: false, 'episode-1': false });
  });
});
