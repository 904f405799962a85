import { describe, expect, it } from 'vitest';
import { claimedLevels, missing, NO_ANSWERS, stepsFor, toAppealInput } from './lodgeFlow';

describe('the lodge-an-appeal flow', () => {
  it('asks what the appeal is against, then an outcome, members and a claimed level for every disputed factor', () => {
    expect(missing('kind', NO_ANSWERS)).toEqual([['kind', 'Choose what the appeal is against.']]);
    expect(missing('outcome', NO_ANSWERS)).toEqual([['evaluationId', 'Choose the outcome you are appealing.']]);
    expect(missing('people', { ...NO_ANSWERS, members: ['S1'] })).toEqual([]);
    expect(missing('factors', { ...NO_ANSWERS, disputed: ['WORKING_CONDITIONS'] })).toEqual([
      ['claim-WORKING_CONDITIONS', 'Choose the level you claim for each disputed factor.'],
    ]);
  });

  it('takes JD-content and assignment appeals through the job description and grounds in words', () => {
    expect(stepsFor('OUTCOME')).toEqual(['kind', 'outcome', 'people', 'factors', 'check']);
    expect(stepsFor('ASSIGNMENT')).toEqual(['kind', 'jd', 'people', 'grounds', 'check']);
    expect(missing('jd', { ...NO_ANSWERS, kind: 'ASSIGNMENT' })).toEqual([['jdId', 'Choose the job description the appeal is about.']]);
    expect(missing('grounds', { ...NO_ANSWERS, kind: 'ASSIGNMENT', summary: '  ' })).toEqual([
      ['summary', 'Say who was left off the list, and why they should be on it.'],
    ]);
    expect(missing('grounds', { ...NO_ANSWERS, kind: 'JD_CONTENT' })[0][1]).toBe('Say how the job description differs from the work done.');
    expect(
      toAppealInput({ ...NO_ANSWERS, kind: 'ASSIGNMENT', jdId: 'jd1', members: ['S1'], summary: ' Left off the list. ', evidence: '' }),
    ).toEqual({ kind: 'ASSIGNMENT', scope: 'INDIVIDUAL', jobDescriptionId: 'jd1', members: ['S1'], summary: 'Left off the list.', evidence: undefined });
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
      ...NO_ANSWERS,
      kind: 'OUTCOME' as const,
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
