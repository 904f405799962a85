import { EVALUATION_MANAGERS, EVALUATION_READERS, hasAnyRole, type Role } from '../../auth/roles';

interface EvaluationAccessSubject {
  onMyPanel?: boolean;
  status?: string;
  requestedByMe?: boolean;
  heldByMe?: boolean;
}

/** HR evaluators and admins run evaluations: decide requests, form panels, record checks, publish. */
export function managesEvaluations(roles: Iterable<Role>): boolean {
  return hasAnyRole(roles, EVALUATION_MANAGERS);
}

/**
 * Who may open an evaluation: HR, auditors and the panel's members (its work), whoever asked for it and the post's
 * holders (the request and where it stands), and anyone once it is published.
 */
export function mayOpenEvaluation(roles: Iterable<Role>, evaluation: EvaluationAccessSubject): boolean {
  return (
    hasAnyRole(roles, EVALUATION_READERS) ||
    evaluation.onMyPanel === true ||
    evaluation.status === 'PUBLISHED' ||
    evaluation.requestedByMe === true ||
    evaluation.heldByMe === true
  );
}

/** Only the panel's members record levels, rationale and sign-offs, whatever their role. */
export function actsForThePanel(evaluation: EvaluationAccessSubject): boolean {
  return evaluation.onMyPanel === true;
}
