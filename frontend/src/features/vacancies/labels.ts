import type { TagColour } from '../../components/Tag';
import type {
  EligibilityReason,
  EligibilityRule,
  OfferStatus,
  PriorityReason,
  VacancyEligibility,
  VacancyStage,
  VacancyStatus,
  VacancyStep,
} from '../../generated/api';

export const VACANCY_STATUS_LABELS: Record<VacancyStatus, string> = {
  DRAFT: 'Draft',
  RING_FENCE: 'Stage 1: ring-fenced',
  INTERNAL: 'Stage 2: internal',
  EXTERNAL: 'Stage 3: external',
  OFFER_MADE: 'Offer made',
  FILLED: 'Filled',
  WITHDRAWN: 'Withdrawn',
};

export const VACANCY_STATUS_COLOURS: Record<VacancyStatus, TagColour> = {
  DRAFT: 'grey',
  RING_FENCE: 'orange',
  INTERNAL: 'blue',
  EXTERNAL: 'light-blue',
  OFFER_MADE: 'purple',
  FILLED: 'green',
  WITHDRAWN: 'grey',
};

/** The order of the stage filter. */
export const VACANCY_STATUSES: readonly VacancyStatus[] = ['DRAFT', 'RING_FENCE', 'INTERNAL', 'EXTERNAL', 'OFFER_MADE', 'FILLED', 'WITHDRAWN'];

/** The stage at which someone may apply, as a phrase. */
export const STAGE_LABELS: Record<VacancyStage, string> = {
  RING_FENCE: 'Stage 1, the ring-fenced pool',
  INTERNAL: 'Stage 2, internal applicants',
  EXTERNAL: 'Stage 3, external applicants',
};

/** The moves asked for with POST /vacancies/{id}/transitions, as button text. */
export const STEP_ACTIONS: Record<VacancyStep, string> = {
  OPEN_RING_FENCE: 'Open to the ring-fenced pool',
  OPEN_INTERNAL: 'Open to internal applicants',
  OPEN_EXTERNAL: 'Open to external applicants',
  MAKE_OFFER: 'Make an offer',
  WITHDRAW: 'Withdraw the vacancy',
};

export const STEP_DONE: Record<'OPEN_RING_FENCE' | 'OPEN_INTERNAL' | 'OPEN_EXTERNAL', string> = {
  OPEN_RING_FENCE: 'The vacancy is open to the ring-fenced pool.',
  OPEN_INTERNAL: 'The vacancy is open to internal applicants.',
  OPEN_EXTERNAL: 'The vacancy is open to external applicants.',
};

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  OPEN: 'Waiting for an answer',
  IN_TRIAL: 'Accepted: trial period running',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  CONFIRMED: 'Appointed',
  NOT_SUCCESSFUL: 'Trial not successful',
};

export const OFFER_STATUS_COLOURS: Record<OfferStatus, TagColour> = {
  OPEN: 'blue',
  IN_TRIAL: 'purple',
  DECLINED: 'grey',
  WITHDRAWN: 'grey',
  CONFIRMED: 'green',
  NOT_SUCCESSFUL: 'red',
};

export const PRIORITY_REASON_LABELS: Record<PriorityReason, string> = {
  PREGNANCY: 'Pregnancy',
  MATERNITY_LEAVE: 'Maternity leave',
  ADOPTION_LEAVE: 'Adoption leave',
  SHARED_PARENTAL_LEAVE: 'Shared parental leave',
};

const RULE_LABELS: Record<EligibilityRule, string> = {
  AT_RISK: 'Ring-fenced pool',
  BAND: 'Band',
  ESSENTIAL_CRITERION: 'Essential criterion',
  TRAINING: 'Training',
  PRIORITY: 'Statutory priority',
  STAGE: 'When it is open',
};

/** The key of a reason's summary-list row: the rule, or the criterion it is about. */
export function reasonLabel(reason: EligibilityReason): string {
  return reason.rule === 'ESSENTIAL_CRITERION' && reason.criterion ? reason.criterion : RULE_LABELS[reason.rule];
}

/** "4" → "Band 4". */
export function bandText(code: string): string {
  return `Band ${code}`;
}

/** 1 → "1 post"; 3 → "3 posts". */
export function postsText(posts: number, filled = 0): string {
  const total = posts === 1 ? '1 post' : `${posts} posts`;
  return filled > 0 ? `${total}, ${filled} filled` : total;
}

/** The verdict in words: "You can apply now, at stage 1, the ring-fenced pool." */
export function verdictText(item: VacancyEligibility, own: boolean): string {
  const who = own ? 'You' : (item.name ?? 'They');
  if (item.eligible) {
    return `${who} can apply now, at ${STAGE_LABELS[item.stage].charAt(0).toLowerCase()}${STAGE_LABELS[item.stage].slice(1)}.`;
  }
  return `${who} cannot apply now.`;
}
