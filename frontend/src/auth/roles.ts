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
/** Run evaluations: decide requests, form panels, record checks, publish. */
export const EVALUATION_MANAGERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator];
/** Read every evaluation's panel work, whether or not they sit on its panel. */
export const EVALUATION_READERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.Auditor];
/** Ask for a JD version to be evaluated (staff only for the post they hold; the server checks that). */
export const EVALUATION_REQUESTERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.UnionRep, Role.Staff];

export const ROLE_LABELS: Record<Role, string> = {
  HR_ADMIN: 'HR admin',
  HR_EVALUATOR: 'HR evaluator',
  UNION_REP: 'Union rep',
  STAFF: 'Staff',
  AUDITOR: 'Auditor',
};

export const ALL_ROLES: readonly Role[] = Object.values(Role);
