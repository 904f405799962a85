/** The lodge-an-appeal question flow, free of React: its pages in order for each kind, and the appeal it sends. */

export type AppealKindAnswer = 'OUTCOME' | 'JD_CONTENT' | 'ASSIGNMENT';

export type LodgeStep = 'kind' | 'outcome' | 'jd' | 'people' | 'factors' | 'grounds' | 'check';

/** An outcome appeal disputes factors of a published outcome; a JD-content or assignment appeal gives its grounds in words. */
export function stepsFor(kind: AppealKindAnswer | ''): readonly LodgeStep[] {
  return kind === 'OUTCOME' || kind === '' ? ['kind', 'outcome', 'people', 'factors', 'check'] : ['kind', 'jd', 'people', 'grounds', 'check'];
}

/** The outcome appeal's pages (the flow most reps take). */
export const LODGE_STEPS: readonly LodgeStep[] = stepsFor('OUTCOME');

export interface Claim {
  level: string;
  evidence: string;
}

export interface LodgeAnswers {
  kind: AppealKindAnswer | '';
  evaluationId: string;
  jdId: string;
  members: string[];
  disputed: string[];
  claims: Record<string, Claim>;
  summary: string;
  evidence: string;
}

export const NO_ANSWERS: LodgeAnswers = { kind: '', evaluationId: '', jdId: '', members: [], disputed: [], claims: {}, summary: '', evidence: '' };

/** What is missing before the flow may go on from this page, as [input id, message] pairs; empty when complete. */
export function missing(step: LodgeStep, answers: LodgeAnswers): Array<[string, string]> {
  switch (step) {
    case 'kind':
      return answers.kind ? [] : [['kind', 'Choose what the appeal is against.']];
    case 'outcome':
      return answers.evaluationId ? [] : [['evaluationId', 'Choose the outcome you are appealing.']];
    case 'jd':
      return answers.jdId ? [] : [['jdId', 'Choose the job description the appeal is about.']];
    case 'people':
      return answers.members.length > 0 ? [] : [['members', 'Choose the members the appeal is for.']];
    case 'factors': {
      if (answers.disputed.length === 0) return [['disputed', 'Choose at least one factor you dispute.']];
      return answers.disputed
        .filter((code) => !answers.claims[code]?.level)
        .map((code): [string, string] => [`claim-${code}`, 'Choose the level you claim for each disputed factor.']);
    }
    case 'grounds':
      if (answers.summary.trim() !== '') return [];
      return [
        [
          'summary',
          answers.kind === 'ASSIGNMENT' ? 'Say who was left off the list, and why they should be on it.' : 'Say how the job description differs from the work done.',
        ],
      ];
    default:
      return [];
  }
}

/** The awarded levels with the claimed ones in their place, for the what-if. */
export function claimedLevels(awarded: ReadonlyArray<{ code: string; level: number }>, answers: LodgeAnswers): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const factor of awarded) {
    const claim = answers.disputed.includes(factor.code) ? Number(answers.claims[factor.code]?.level) : NaN;
    levels[factor.code] = Number.isInteger(claim) && claim > 0 ? claim : factor.level;
  }
  return levels;
}

/** The appeal as the API takes it: individual for one member, a group for several. */
export function toAppealInput(answers: LodgeAnswers) {
  const scope = answers.members.length > 1 ? ('GROUP' as const) : ('INDIVIDUAL' as const);
  if (answers.kind === 'JD_CONTENT' || answers.kind === 'ASSIGNMENT') {
    return {
      kind: answers.kind,
      scope,
      jobDescriptionId: answers.jdId,
      members: answers.members,
      summary: answers.summary.trim(),
      evidence: answers.evidence.trim() || undefined,
    };
  }
  return {
    kind: 'OUTCOME' as const,
    scope,
    evaluationId: answers.evaluationId,
    members: answers.members,
    grounds: answers.disputed.map((code) => ({
      factor: code,
      claimedLevel: Number(answers.claims[code]?.level),
      evidence: answers.claims[code]?.evidence || undefined,
    })),
  };
}
