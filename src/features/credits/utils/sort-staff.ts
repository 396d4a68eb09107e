import { STAFF_ROLES } from '../../../data/show-constants.ts';
import type { StaffMember, StaffRole } from '../../../data/show-types.ts';

/** Where a role sits in the credits order; unknown roles go last rather than breaking the sort. */
function roleRank(role: StaffRole): number {
  const index = STAFF_ROLES.indexOf(role);
  return index === -1 ? STAFF_ROLES.length : index;
}

/** A person's roles in credits order, e.g. Chief Director before Series Composition. */
export function orderRoles(roles: readonly StaffRole[]): StaffRole[] {
  return [...roles].sort((a, b) => roleRank(a) - roleRank(b));
}

/**
 * Staff in credits order: each person ranks by the earliest of their roles, so someone who is
 * both Chief Director and Series Composition comes first. Ties keep the data's order.
 */
export function sortStaff(staff: readonly StaffMember[]): StaffMember[] {
  const rankOf = (member: StaffMember) =>
    Math.min(STAFF_ROLES.length, ...member.roles.map(roleRank));
  // Array.prototype.sort is stable, so equal ranks stay in the order the data lists them.
  return [...staff].sort((a, b) => rankOf(a) - rankOf(b));
}
