import type { SchemeStatus } from '../../generated/api';

export const SCHEME_STATUS_LABELS: Record<SchemeStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  RETIRED: 'Retired',
};
