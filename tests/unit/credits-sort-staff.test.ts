import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/data/show-constants.ts';
import type { StaffMember } from '../../src/data/show-types.ts';
import { orderRoles, sortStaff } from '../../src/features/credits/utils/sort-staff.ts';

function person(id: string, roles: StaffMember['roles']): StaffMember {
  return { id, name: id, roles, knownFor: [], sourceIds: [] };
}

const earliestRole = (member: StaffMember) =>
  Math.min(...member.roles.map((role) => STAFF_ROLES.indexOf(role)));

describe('sortStaff', () => {
  it('ranks a person by their earliest role, so a Chief Director who also composes comes first', () => {
    const staff = [
      person('composer', ['Music']),
      person('writer', ['Series Composition']),
      person('chief', ['Series Composition', 'Chief Director']),
      person('director', ['Director']),
    ];
    expect(sortStaff(staff).map((member) => member.id)).toEqual([
      'chief',
      'director',
      'writer',
      'composer',
    ]);
  });

  it('keeps the data order for people with the same earliest role, and leaves its input alone', () => {
    const staff = [person('b', ['Producer']), person('a', ['Producer']), person('c', ['Music'])];
    const before = staff.map((member) => member.id);
    expect(sortStaff(staff).map((member) => member.id)).toEqual(['c', 'b', 'a']);
    expect(staff.map((member) => member.id)).toEqual(before);
  });

  it('puts someone without a role after everyone with one', () => {
    const staff = [person('unknown', []), person('producer', ['Producer'])];
    expect(sortStaff(staff).map((member) => member.id)).toEqual(['producer', 'unknown']);
  });

  it('for any staff, returns the same people with earliest roles never going backwards', () => {
    const role = fc.constantFrom(...STAFF_ROLES);
    const staffArbitrary = fc
      .array(fc.array(role, { minLength: 1, maxLength: 3 }), { maxLength: 12 })
      .map((roleSets) => roleSets.map((roles, index) => person(`p${index}`, roles)));
    fc.assert(
      fc.property(staffArbitrary, (staff) => {
        const sorted = sortStaff(staff);
        expect(sorted.map((member) => member.id).sort()).toEqual(
          staff.map((member) => member.id).sort(),
        );
        for (let index = 1; index < sorted.length; index += 1) {
          const previous = sorted[index - 1];
          const current = sorted[index];
          if (!previous || !current) throw new Error('index out of range');
          expect(earliestRole(previous)).toBeLessThanOrEqual(earliestRole(current));
          // Equal ranks keep their original relative order (a stable sort).
          if (earliestRole(previous) === earliestRole(current)) {
            expect(staff.indexOf(previous)).toBeLessThan(staff.indexOf(current));
          }
        }
      }),
    );
  });
});

describe('orderRoles', () => {
  it('lists one person’s roles in credits order', () => {
    expect(orderRoles(['Producer', 'Series Composition', 'Chief Director'])).toEqual([
      'Chief Director',
      'Series Composition',
      'Producer',
    ]);
  });
});
