import { Role } from '../../auth/roles';

/** Who may create, change, activate and retire scheme versions. */
export const SCHEME_ADMINS: readonly Role[] = [Role.HrAdmin];
