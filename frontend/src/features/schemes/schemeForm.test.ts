import { describe, expect, it } from 'vitest';
import { problemFromBody } from '../../api/problem';
import { problemToFormErrors } from '../../forms/formErrors';
import type { Scheme } from '../../generated/api';
import { checkSchemeForm, newFactorRow, newLevelRow, schemeFieldResolver, valuesFromScheme } from './schemeForm';

const scheme: Scheme = {
  id: 's1',
  code: 'PROBATION',
  name: 'Probation scheme',
  version: 2,
  status: 'DRAFT',
  illustrative: true,
  structureId: 'ps1',
  structureName: 'Probation',
  nearBoundaryPoints: 10,
  inUse: false,
  factors: [
    {
      code: 'WORKING_CONDITIONS',
      name: 'Working conditions',
      position: 1,
      levels: [
        { level: 1, points: 10, descriptor: 'Office' },
        { level: 2, points: 20 },
      ],
    },
  ],
  bandRanges: [
    { bandId: 'b3', band: '3', bandName: 'Band 3', minScore: 400, maxScore: 479 },
    { bandId: 'b4', band: '4', bandName: 'Band 4', minScore: 480, maxScore: 560 },
  ],
  createdAt: new Date(),
  updatedAt: new Date(),
};

describe('scheme form', () => {
  it('maps nested server paths to the inputs that hold them', () => {
    expect(schemeFieldResolver('factors[2].levels[1].points')).toBe('factors-2-levels-1-points');
    expect(schemeFieldResolver('factors[2].levels[1].level')).toBe('factors-2-levels-1-points');
    expect(schemeFieldResolver('factors[0].levels[3].descriptor')).toBe('factors-0-levels-3-descriptor');
    expect(schemeFieldResolver('factors[1].levels')).toBe('factors-1-levels-0-points');
    expect(schemeFieldResolver('factors[1].name')).toBe('factors-1-name');
    expect(schemeFieldResolver('factors[1].code')).toBe('factors-1-code');
    expect(schemeFieldResolver('factors[1]')).toBe('factors-1-name');
    expect(schemeFieldResolver('bandRanges[0].minScore')).toBe('bandRanges-0-minScore');
    expect(schemeFieldResolver('bandRanges[1].maxScore')).toBe('bandRanges-1-maxScore');
    expect(schemeFieldResolver('bandRanges[1].bandId')).toBe('bandRanges-1-minScore');
    expect(schemeFieldResolver('bandRanges')).toBe('bandRanges-0-minScore');
    expect(schemeFieldResolver('nearBoundaryPoints')).toBe('nearBoundaryPoints');
    expect(schemeFieldResolver('structureId')).toBeUndefined();
  });

  it('puts a 400’s messages inline, also when the server prefixes the path', () => {
    const problem = problemFromBody(400, {
      status: 400,
      title: 'The request is not valid',
      errors: [
        { field: 'updateScheme.schemeInput.factors[0].levels[1].points', message: 'must be higher than level 1' },
        { field: 'bandRanges[1].minScore', message: 'must be 480, one after the band before' },
      ],
    });
    expect(problemToFormErrors(problem, schemeFieldResolver).byInputId).toEqual({
      'factors-0-levels-1-points': 'must be higher than level 1',
      'bandRanges-1-minScore': 'must be 480, one after the band before',
    });
  });

  it('sends back what it does not change, numbers levels by position and trims text', () => {
    const values = valuesFromScheme(scheme);
    values.name = '  Probation scheme 2027 ';
    values.factors[0].levels.push(newLevelRow('35', ' Outdoors '));
    const check = checkSchemeForm(values, scheme);
    expect(check.ok && check.input).toEqual({
      code: 'PROBATION',
      illustrative: true,
      structureId: 'ps1',
      name: 'Probation scheme 2027',
      description: undefined,
      nearBoundaryPoints: 10,
      factors: [
        {
          code: 'WORKING_CONDITIONS',
          name: 'Working conditions',
          description: undefined,
          levels: [
            { level: 1, points: 10, descriptor: 'Office' },
            { level: 2, points: 20, descriptor: undefined },
            { level: 3, points: 35, descriptor: 'Outdoors' },
          ],
        },
      ],
      bandRanges: [
        { bandId: 'b3', minScore: 400, maxScore: 479 },
        { bandId: 'b4', minScore: 480, maxScore: 560 },
      ],
    });
  });

  it('asks for whole numbers and a code for a new factor before calling the server', () => {
    const values = valuesFromScheme(scheme);
    values.factors[0].levels[1].points = '20.5';
    values.bandRanges[0].maxScore = '';
    values.factors.push({ ...newFactorRow(), name: 'Physical effort', code: 'physical effort' });
    const check = checkSchemeForm(values, scheme);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(Object.keys(check.errors.byInputId)).toEqual([
        'factors-0-levels-1-points',
        'factors-1-code',
        'factors-1-levels-0-points',
        'bandRanges-0-maxScore',
      ]);
    }
  });
});
