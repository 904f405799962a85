import { Role } from '../../auth/roles';

/** Read vacancies, pools, interest, offers, ring-fence rules and each at-risk person's vacancies. */
export const VACANCY_READERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.Auditor];
/** Open and move vacancies, decide pool candidates, make offers, record answers and trials, set ring-fences. */
export const VACANCY_ADMINS: readonly Role[] = [Role.HrAdmin];
/** One person's vacancies and offers: HR, and union reps for members of their union who consented (the server checks). */
export const MEMBER_VACANCY_READERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.Auditor, Role.UnionRep];
