import { Role } from '../../auth/roles';

/** Read staff records, re-bandings and protections: HR evaluators, HR admins and auditors. */
export const STAFF_READERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.Auditor];
/** Model, recalculate and discard re-bandings. */
export const REBANDING_MODELLERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator];
/** Import staff files, apply re-bandings, end protections. */
export const PEOPLE_ADMINS: readonly Role[] = [Role.HrAdmin];
/** Read staff imports. */
export const IMPORT_READERS: readonly Role[] = [Role.HrAdmin, Role.Auditor];
