import { hasAnyRole, type Role } from '../../auth/roles';
import type { JdVersionSummary, JobDescription } from '../../generated/api';
import { ANY_ROLE_EVALUATION_REQUESTERS } from './roles';

/** Newest first. */
export function newestFirst(versions: readonly JdVersionSummary[]): JdVersionSummary[] {
  return [...versions].sort((a, b) => b.number - a.number);
}

/** The version an evaluation request is for: the newest one submitted or in force (only those can be evaluated). */
export function versionToEvaluate(jd: Pick<JobDescription, 'versions'>): JdVersionSummary | undefined {
  return newestFirst(jd.versions).find((version) => version.status === 'SUBMITTED' || version.status === 'IN_FORCE');
}

/** HR and union reps may ask for any role to be evaluated; staff only for the post they hold. */
export function mayAskForEvaluation(roles: Iterable<Role>, jd: Pick<JobDescription, 'heldByMe'>): boolean {
  return hasAnyRole(roles, ANY_ROLE_EVALUATION_REQUESTERS) || jd.heldByMe === true;
}
