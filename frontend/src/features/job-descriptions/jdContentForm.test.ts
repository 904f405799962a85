import { describe, expect, it } from 'vitest';
import { ApiProblem, problemFromBody } from '../../api/problem';
import { problemToFormErrors } from '../../forms/formErrors';
import {
  callNumberingListProblems,
  checkJdContent,
  dutiesFromText,
  dutiesToText,
  jdContentFieldResolver,
  labelListProblems,
  newCriterionRow,
  newJdFieldResolver,
  programmesFromText,
  programmesToText,
  valuesFromContent,
} from './jdContentForm';

describe('duties and programmes as text', () => {
  it('reads one duty per line, leaving out blank lines and spaces around', () => {
    expect(dutiesFromText('  Deliver TSP sessions \r\n\n Write reports\n   \n')).toEqual(['Deliver TSP sessions', 'Write reports']);
    expect(dutiesFromText('   ')).toEqual([]);
  });

  it('writes duties back one per line', () => {
    expect(dutiesToText(['Deliver TSP sessions', 'Write reports'])).toBe('Deliver TSP sessions\nWrite reports');
  });

  it('reads programmes separated by commas or lines, without blanks or repeats', () => {
    expect(programmesFromText('TSP, BBR\nKaizen,, tsp\n Horizon ')).toEqual(['TSP', 'BBR', 'Kaizen', 'Horizon']);
    expect(programmesFromText('')).toEqual([]);
  });

  it('writes programmes back comma separated, from the Set the client gives', () => {
    expect(programmesToText(new Set(['TSP', 'BBR']))).toBe('TSP, BBR');
    expect(programmesToText(undefined)).toBe('');
  });
});

describe('server field paths to inputs', () => {
  it('finds content fields with or without the `content.` of a new JD', () => {
    expect(newJdFieldResolver('reference')).toBe('reference');
    expect(jdContentFieldResolver('title')).toBe('title');
    expect(jdContentFieldResolver('mainDuties[0]')).toBe('mainDuties');
    expect(jdContentFieldResolver('programmes[2]')).toBe('programmes');
    expect(jdContentFieldResolver('criteria[1].text')).toBe('criteria-1-text');
    expect(jdContentFieldResolver('criteria[1].kind')).toBe('criteria-1-kind');
    expect(jdContentFieldResolver('criteria[1]')).toBe('criteria-1-text');
    expect(jdContentFieldResolver('reference')).toBeUndefined();
  });

  it('numbers duty errors, since every duty shares one textarea', () => {
    const problem = problemFromBody(400, {
      status: 400,
      title: 'The request is not valid',
      errors: [
        { field: 'content.mainDuties[0]', message: 'must not be blank' },
        { field: 'content.criteria[1].text', message: 'size must be between 1 and 500' },
        { field: 'reference', message: 'is already used by another job description' },
      ],
    });
    const errors = problemToFormErrors(labelListProblems(problem), newJdFieldResolver);
    expect(errors.byInputId).toEqual({
      mainDuties: 'Duty 1: must not be blank',
      'criteria-1-text': 'size must be between 1 and 500',
      reference: 'is already used by another job description',
    });
    expect(errors.summary[0]).toEqual({ text: 'Duty 1: must not be blank', href: '#mainDuties' });
  });

  it('turns a failed save into a problem with numbered list errors', async () => {
    const failing = () => Promise.reject(new ApiProblem({ status: 400, title: 'Bad', fieldProblems: [{ field: 'programmes[1]', message: 'too long' }] }));
    await expect(callNumberingListProblems(failing)).rejects.toMatchObject({
      status: 400,
      fieldProblems: [{ field: 'programmes[1]', message: 'Programme 2: too long' }],
    });
  });
});

describe('checking the content', () => {
  const filled = {
    title: ' Intervention Facilitator ',
    roleFamily: 'Intervention Facilitator',
    directorate: 'Interventions',
    purpose: 'Deliver accredited programmes',
    mainDuties: 'Deliver sessions\n\nWrite reports',
    programmes: 'TSP, BBR',
    criteria: [newCriterionRow('ESSENTIAL', 'TRAINING', ' Core Skills ')],
  };

  it('converts the form to the content the server takes', () => {
    const check = checkJdContent(filled);
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.content).toEqual({
        title: 'Intervention Facilitator',
        roleFamily: 'Intervention Facilitator',
        directorate: 'Interventions',
        purpose: 'Deliver accredited programmes',
        mainDuties: ['Deliver sessions', 'Write reports'],
        programmes: new Set(['TSP', 'BBR']),
        criteria: [{ kind: 'ESSENTIAL', type: 'TRAINING', text: 'Core Skills' }],
      });
      expect(valuesFromContent(check.content)).toMatchObject({ mainDuties: 'Deliver sessions\nWrite reports', programmes: 'TSP, BBR' });
    }
  });

  it('asks for what is missing, at the right inputs', () => {
    const check = checkJdContent({ ...filled, title: '', mainDuties: ' \n ', criteria: [newCriterionRow('DESIRABLE', '', '')] });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.map(([id]) => id)).toEqual(['title', 'mainDuties', 'criteria-0-type', 'criteria-0-text']);
    }
  });
});
