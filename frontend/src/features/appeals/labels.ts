/**
 * Words and tag colours for appeals, as people read them (never enum names). Kept free of the generated client so
 * every screen of the feature (list, lodge, detail, consent) uses one vocabulary.
 */

export type AppealStatusName =
  | 'DRAFT'
  | 'LODGED'
  | 'ACKNOWLEDGED'
  | 'UNDER_REVIEW'
  | 'HEARING_SCHEDULED'
  | 'DECIDED'
  | 'CLOSED'
  | 'WITHDRAWN';

export type DeadlineStateName = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';

export type AppealStepName =
  | 'LODGE'
  | 'ACKNOWLEDGE'
  | 'START_REVIEW'
  | 'SCHEDULE_HEARING'
  | 'DECIDE'
  | 'CLOSE'
  | 'WITHDRAW'
  | 'SECOND_STAGE';

export const STATUS_LABELS: Record<AppealStatusName, string> = {
  DRAFT: 'Draft',
  LODGED: 'Lodged',
  ACKNOWLEDGED: 'Acknowledged',
  UNDER_REVIEW: 'Under review',
  HEARING_SCHEDULED: 'Hearing scheduled',
  DECIDED: 'Decided',
  CLOSED: 'Closed',
  WITHDRAWN: 'Withdrawn',
};

export const STATUS_COLOURS: Record<AppealStatusName, string> = {
  DRAFT: 'govuk-tag--grey',
  LODGED: 'govuk-tag--blue',
  ACKNOWLEDGED: 'govuk-tag--light-blue',
  UNDER_REVIEW: 'govuk-tag--purple',
  HEARING_SCHEDULED: 'govuk-tag--yellow',
  DECIDED: 'govuk-tag--green',
  CLOSED: 'govuk-tag--grey',
  WITHDRAWN: 'govuk-tag--grey',
};

/** The button text for each step, and whether it cannot be undone (those go through a confirmation page). */
export const STEP_ACTIONS: Record<AppealStepName, { text: string; irreversible: boolean }> = {
  LODGE: { text: 'Lodge the appeal', irreversible: true },
  ACKNOWLEDGE: { text: 'Acknowledge the appeal', irreversible: false },
  START_REVIEW: { text: 'Start the review', irreversible: false },
  SCHEDULE_HEARING: { text: 'Schedule the hearing', irreversible: false },
  DECIDE: { text: 'Record the decision', irreversible: true },
  CLOSE: { text: 'Close the appeal', irreversible: true },
  WITHDRAW: { text: 'Withdraw the appeal', irreversible: true },
  SECOND_STAGE: { text: 'Take to a second stage', irreversible: true },
};

interface DeadlineLike {
  state: DeadlineStateName;
}

/** The most pressing deadline state of an appeal: overdue beats due soon beats on track; none when nothing is due. */
export function worstDeadline(deadlines: readonly DeadlineLike[]): DeadlineStateName | undefined {
  if (deadlines.some((d) => d.state === 'OVERDUE')) return 'OVERDUE';
  if (deadlines.some((d) => d.state === 'DUE_SOON')) return 'DUE_SOON';
  return deadlines.length > 0 ? 'ON_TRACK' : undefined;
}

/** The tag shown beside an appeal in lists, so overdue steps stand out everywhere. */
export function deadlineTag(state: DeadlineStateName | undefined): { text: string; className: string } | undefined {
  switch (state) {
    case 'OVERDUE':
      return { text: 'Overdue', className: 'govuk-tag govuk-tag--red' };
    case 'DUE_SOON':
      return { text: 'Due within 5 working days', className: 'govuk-tag govuk-tag--orange' };
    default:
      return undefined;
  }
}

/** "Working conditions at level 2: 489 points, Band 4 — 10 points more than awarded" comes from the server; this
 * says the difference on its own for the side-by-side table. */
export function differenceText(difference: number): string {
  if (difference === 0) return 'The same total as awarded';
  const size = Math.abs(difference);
  return `${size} ${size === 1 ? 'point' : 'points'} ${difference > 0 ? 'more' : 'fewer'} than awarded`;
}

export function decisionText(decision: string): string {
  return decision === 'UPHELD' ? 'Upheld' : decision === 'PARTLY_UPHELD' ? 'Partly upheld' : 'Not upheld';
}

export function kindText(kind: string): string {
  switch (kind) {
    case 'OUTCOME':
      return 'Against an evaluation outcome';
    case 'JD_CONTENT':
      return "Against a job description's content";
    default:
      return 'Against an assignment';
  }
}
