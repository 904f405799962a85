import { Role } from '../generated/api';

export { Role };

/** True when no roles are required, or the user has at least one of them. */
export function hasAnyRole(userRoles: Iterable<Role>, requiredRoles: readonly Role[] | undefined): boolean {
  if (requiredRoles === undefined || requiredRoles.length === 0) {
    return true;
  }
  const held = new Set(userRoles);
  return requiredRoles.some((role) => held.has(role));
}

export const PAY_ADMINS: readonly Role[] = [Role.HrAdmin];
export const USER_ADMINS: readonly Role[] = [Role.HrAdmin];
export const AUDIT_READERS: readonly Role[] = [Role.HrAdmin, Role.Auditor];

export const ROLE_LABELS: Record<Role, string> = {
  HR_ADMIN: 'HR admin',
  HR_EVALUATOR: 'HR evaluator',
  UNION_REP: 'Union rep',
  STAFF: 'Staff',
  AUDITOR: 'Auditor',
};

export const ALL_ROLES: readonly Role[] = Object.values(Role);
