import { describe, expect, it } from 'vitest';
import { problemFromBody } from '../../api/problem';
import { problemToFormErrors } from '../../forms/formErrors';
import type { Factor } from '../../generated/api';
import { checkChosenLevels, levelOptionText, scoreFieldResolver } from './scoreForm';

const factors: Factor[] = [
  { code: 'COMMUNICATION', name: 'Communication', position: 1, levels: [{ level: 1, points: 5 }, { level: 2, points: 12 }] },
  { code: 'WORKING_CONDITIONS', name: 'Working conditions', position: 2, levels: [{ level: 1, points: 10 }, { level: 2, points: 20 }] },
];

describe('score form helpers', () => {
  const resolver = scoreFieldResolver(factors.map((factor) => factor.code));

  it('puts a `levels.CODE` error on that factor’s select, with or without the method and body prefix', () => {
    const problem = problemFromBody(400, {
      status: 400,
      title: 'The request is not valid',
      errors: [
        { field: 'levels.WORKING_CONDITIONS', message: 'must be a level from 1 to 2' },
        { field: 'scoreLevels.scoreRequest.levels.COMMUNICATION', message: 'is required' },
        { field: 'levels.UNKNOWN', message: 'is not a factor of this scheme' },
      ],
    });
    const errors = problemToFormErrors(problem, resolver);
    expect(errors.byInputId).toEqual({
      'level-WORKING_CONDITIONS': 'must be a level from 1 to 2',
      'level-COMMUNICATION': 'is required',
    });
    expect(errors.summary[2]).toEqual({ text: 'is not a factor of this scheme' });
  });

  it('also reads `levels[CODE]` and puts a bare `levels` error on the first select', () => {
    expect(resolver('levels[COMMUNICATION]')).toBe('level-COMMUNICATION');
    expect(resolver('levels')).toBe('level-COMMUNICATION');
    expect(resolver('total')).toBeUndefined();
  });

  it('asks for every factor before scoring, and sends level numbers', () => {
    const missing = checkChosenLevels(factors, { COMMUNICATION: '2' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.errors.byInputId).toEqual({ 'level-WORKING_CONDITIONS': 'Select a level for Working conditions' });
    }
    expect(checkChosenLevels(factors, { COMMUNICATION: '2', WORKING_CONDITIONS: '1' })).toEqual({
      ok: true,
      levels: { COMMUNICATION: 2, WORKING_CONDITIONS: 1 },
    });
  });

  it('names each level with its points', () => {
    expect(levelOptionText(3, 21)).toBe('Level 3 (21 points)');
    expect(levelOptionText(1, 1)).toBe('Level 1 (1 point)');
  });
});
