import { describe, expect, it } from 'vitest';
import { claimedLevels, missing, NO_ANSWERS, toAppealInput } from './lodgeFlow';

describe('the lodge-an-appeal flow', () => {
  it('asks for an outcome, members and a claimed level for every disputed factor', () => {
    expect(missing('outcome', NO_ANSWERS)).toEqual([['evaluationId', 'Choose the outcome you are appealing.']]);
    expect(missing('people', { ...NO_ANSWERS, members: ['S1'] })).toEqual([]);
    expect(missing('factors', { ...NO_ANSWERS, disputed: ['WORKING_CONDITIONS'] })).toEqual([
      ['claim-WORKING_CONDITIONS', 'Choose the level you claim for each disputed factor.'],
    ]);
  });

  it('puts the claimed levels in place of the awarded ones for the what-if', () => {
    const awarded = [
      { code: 'KNOWLEDGE', level: 4 },
      { code: 'WORKING_CONDITIONS', level: 1 },
    ];
    const answers = { ...NO_ANSWERS, disputed: ['WORKING_CONDITIONS'], claims: { WORKING_CONDITIONS: { level: '2', evidence: '' } } };
    expect(claimedLevels(awarded, answers)).toEqual({ KNOWLEDGE: 4, WORKING_CONDITIONS: 2 });
  });

  it('sends one member as an individual appeal and several as a group', () => {
    const answers = {
      evaluationId: 'e1',
      members: ['S1'],
      disputed: ['WORKING_CONDITIONS'],
      claims: { WORKING_CONDITIONS: { level: '2', evidence: 'Hostile groups in unadapted rooms.' } },
    };
    expect(toAppealInput(answers)).toEqual({
      kind: 'OUTCOME',
      scope: 'INDIVIDUAL',
      evaluationId: 'e1',
      members: ['S1'],
      grounds: [{ factor: 'WORKING_CONDITIONS', claimedLevel: 2, evidence: 'Hostile groups in unadapted rooms.' }],
    });
    expect(toAppealInput({ ...answers, members: ['S1', 'S2'] }).scope).toBe('GROUP');
  });
});
