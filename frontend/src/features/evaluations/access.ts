import { EVALUATION_MANAGERS, EVALUATION_READERS, hasAnyRole, type Role } from '../../auth/roles';

interface EvaluationAccessSubject {
  onMyPanel?: boolean;
}

/** HR evaluators and admins run evaluations. */
export function managesEvaluations(roles: Iterable<Role>): boolean {
  return hasAnyRole(roles, EVALUATION_MANAGERS);
}

/** The evaluation page shows panel work: HR, auditors and the panel's members (anyone once it is published). */
export function mayOpenEvaluation(roles: Iterable<Role>, evaluation: EvaluationAccessSubject & { status?: string }): boolean {
  return hasAnyRole(roles, EVALUATION_READERS) || evaluation.onMyPanel === true || evaluation.status === 'PUBLISHED';
}

/** Agreed levels are recorded by the panel's members, HR evaluators and HR admins. */
export function mayScore(roles: Iterable<Role>, evaluation: EvaluationAccessSubject): boolean {
  return managesEvaluations(roles) || evaluation.onMyPanel === true;
}
