/** The lodge-an-appeal question flow, free of React: its pages in order, and the appeal it sends. */

export type LodgeStep = 'outcome' | 'people' | 'factors' | 'check';

export const LODGE_STEPS: readonly LodgeStep[] = ['outcome', 'people', 'factors', 'check'];

export interface Claim {
  level: string;
  evidence: string;
}

export interface LodgeAnswers {
  evaluationId: string;
  members: string[];
  disputed: string[];
  claims: Record<string, Claim>;
}

export const NO_ANSWERS: LodgeAnswers = { evaluationId: '', members: [], disputed: [], claims: {} };

/** What is missing before the flow may go on from this page, as [input id, message] pairs; empty when complete. */
export function missing(step: LodgeStep, answers: LodgeAnswers): Array<[string, string]> {
  switch (step) {
    case 'outcome':
      return answers.evaluationId ? [] : [['evaluationId', 'Choose the outcome you are appealing.']];
    case 'people':
      return answers.members.length > 0 ? [] : [['members', 'Choose the members the appeal is for.']];
    case 'factors': {
      if (answers.disputed.length === 0) return [['disputed', 'Choose at least one factor you dispute.']];
      return answers.disputed
        .filter((code) => !answers.claims[code]?.level)
        .map((code): [string, string] => [`claim-${code}`, 'Choose the level you claim for each disputed factor.']);
    }
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
  return {
    kind: 'OUTCOME' as const,
    scope: answers.members.length > 1 ? ('GROUP' as const) : ('INDIVIDUAL' as const),
    evaluationId: answers.evaluationId,
    members: answers.members,
    grounds: answers.disputed.map((code) => ({
      factor: code,
      claimedLevel: Number(answers.claims[code]?.level),
      evidence: answers.claims[code]?.evidence || undefined,
    })),
  };
}
