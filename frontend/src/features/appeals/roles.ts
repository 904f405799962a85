import { Role } from '../../auth/roles';

/** Everyone who has appeals to see: reps (their union's), HR and auditors (all), staff (those including them). */
export const APPEAL_READERS: readonly Role[] = [Role.UnionRep, Role.HrAdmin, Role.HrEvaluator, Role.Auditor, Role.Staff];
/** Lodge appeals: reps for their own union's members, HR on a member's behalf. */
export const APPEAL_LODGERS: readonly Role[] = [Role.UnionRep, Role.HrAdmin, Role.HrEvaluator];
/** Run appeals: acknowledge, review, seat the panel, record the decision. */
export const APPEAL_MANAGERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator];
