import { Role } from '../../auth/roles';

/** Who may create and change job descriptions, their versions, benchmarks and post holders. */
export const JD_EDITORS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator];

/** Who may ask for any role to be evaluated; staff may too, but only for a post they hold. */
export const ANY_ROLE_EVALUATION_REQUESTERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.UnionRep];
