import { Role } from '../../auth/roles';

/** Every report but the organisation-wide gender pay gap: HR and auditors. */
export const REPORT_READERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.Auditor];
