import type { CriterionKind, CriterionType, JdStatus } from '../../generated/api';

export const JD_STATUS_LABELS: Record<JdStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  UNDER_EVALUATION: 'Under evaluation',
  EVALUATED: 'Evaluated',
  IN_FORCE: 'In force',
  SUPERSEDED: 'Superseded',
};

export const CRITERION_KIND_LABELS: Record<CriterionKind, string> = {
  ESSENTIAL: 'Essential',
  DESIRABLE: 'Desirable',
};

export const CRITERION_TYPE_LABELS: Record<CriterionType, string> = {
  QUALIFICATION: 'Qualification',
  TRAINING: 'Training',
  EXPERIENCE: 'Experience',
  OTHER: 'Other',
};

const CONTENT_FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  roleFamily: 'Role family',
  directorate: 'Directorate',
  purpose: 'Purpose',
  mainDuties: 'Main duties',
  programmes: 'Programmes delivered',
  criteria: 'Person specification',
};

/** The name a reader knows for a changed field: `roleFamily` is "Role family"; anything else as the server names it. */
export function contentFieldLabel(field: string): string {
  return CONTENT_FIELD_LABELS[field] ?? field;
}
