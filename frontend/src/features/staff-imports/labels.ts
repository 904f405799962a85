import type { TagColour } from '../../components/Tag';
import type { StaffImportStatus } from '../../generated/api';

export const IMPORT_STATUS_LABELS: Record<StaffImportStatus, string> = {
  VALIDATING: 'Checking',
  VALIDATED: 'Checked',
  APPLYING: 'Applying',
  APPLIED: 'Applied',
  FAILED: 'Failed',
};

export const IMPORT_STATUS_COLOURS: Record<StaffImportStatus, TagColour> = {
  VALIDATING: 'blue',
  VALIDATED: 'turquoise',
  APPLYING: 'blue',
  APPLIED: 'green',
  FAILED: 'red',
};

export function rowsText(count: number): string {
  return count === 1 ? '1 row' : `${count.toLocaleString('en-GB')} rows`;
}

export function errorsText(count: number): string {
  return count === 1 ? '1 error' : `${count.toLocaleString('en-GB')} errors`;
}
