import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../src/features/credits/utils/initials.ts';

describe('initialsOf', () => {
  it.each([
    ['Yutaka Izubuchi', 'YI'],
    ['Noid 262', 'N2'],
    ['Rouge Redstar', 'RR'],
    ['Jean Paul Junghardt', 'JJ'],
    ['BONES', 'B'],
    ['  yume   miyamoto ', 'YM'],
    ['', ''],
  ])('turns %j into %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('keeps a character outside the Basic Multilingual Plane whole', () => {
    expect(initialsOf('𠮷野 家')).toBe('𠮷家');
  });

  it('never gives more than two characters, whatever the name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(Array.from(initialsOf(name)).length).toBeLessThanOrEqual(2);
      }),
    );
  });
});
