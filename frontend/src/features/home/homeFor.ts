import { hasAnyRole, Role } from '../../auth/roles';

export type Home =
  | { kind: 'page'; page: 'admin' | 'evaluator' | 'rep' }
  | { kind: 'redirect'; to: string };

/**
 * Where each role starts: HR admins on what needs attention, HR evaluators on the evaluations that need them,
 * auditors on the audit trail, union reps on their union's work (what needs attention, appeals, the evaluation queue),
 * staff on their own pay and role. Someone with several
 * roles starts where the one with most to do does.
 */
export function homeFor(roles: Iterable<Role>): Home {
  const held = [...roles];
  if (hasAnyRole(held, [Role.HrAdmin])) return { kind: 'page', page: 'admin' };
  if (hasAnyRole(held, [Role.HrEvaluator])) return { kind: 'page', page: 'evaluator' };
  if (hasAnyRole(held, [Role.Auditor])) return { kind: 'redirect', to: '/audit' };
  if (hasAnyRole(held, [Role.UnionRep])) return { kind: 'page', page: 'rep' };
  if (hasAnyRole(held, [Role.Staff])) return { kind: 'redirect', to: '/my-pay' };
  return { kind: 'redirect', to: '/job-descriptions' };
}
