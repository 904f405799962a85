import { describe, expect, it } from 'vitest';
import { ApiProblem, problemFromBody } from '../api/problem';
import { scaleFieldResolver } from '../features/pay-scales/scaleForm';
import { namedFieldsResolver, problemToFormErrors } from './formErrors';

const validationProblem = problemFromBody(400, {
  type: 'https://bandwise.example/problems/validation',
  title: 'The request is not valid',
  status: 400,
  detail: 'points[2].annualSalaryPence: must be higher than the point before',
  errors: [
    { field: 'points[2].annualSalaryPence', message: 'must be higher than the point before' },
    { field: 'effectiveFrom', message: 'a scale for this zone already starts on that date' },
    { field: 'points[0].number', message: 'must be at least 1' },
    { field: 'somethingElse', message: 'is not allowed' },
  ],
});

describe('problem+json to form errors', () => {
  it('reads the problem body', () => {
    expect(validationProblem.status).toBe(400);
    expect(validationProblem.fieldProblems).toHaveLength(4);
  });

  it('puts each message in the summary, linked to its input', () => {
    const errors = problemToFormErrors(validationProblem, scaleFieldResolver);
    expect(errors.summary).toEqual([
      { text: 'must be higher than the point before', href: '#points-2-salary' },
      { text: 'a scale for this zone already starts on that date', href: '#effectiveFrom' },
      { text: 'must be at least 1', href: '#points-0-number' },
      { text: 'is not allowed' },
    ]);
  });

  it('shows the inline error at the third point’s salary input, and not for unknown fields', () => {
    const errors = problemToFormErrors(validationProblem, scaleFieldResolver);
    expect(errors.byInputId).toEqual({
      'points-2-salary': 'must be higher than the point before',
      effectiveFrom: 'a scale for this zone already starts on that date',
      'points-0-number': 'must be at least 1',
    });
  });

  it('finds the input when the server prefixes the path with the method and body names', () => {
    const problem = problemFromBody(400, {
      title: 'The request is not valid',
      status: 400,
      errors: [{ field: 'createPayScale.payScaleCreate.points[1].annualSalaryPence', message: 'too low' }],
    });
    expect(problemToFormErrors(problem, scaleFieldResolver).byInputId).toEqual({ 'points-1-salary': 'too low' });
  });

  it('uses the detail when there are no field errors', () => {
    const problem = new ApiProblem({ status: 409, title: 'Conflict', detail: 'That username is taken' });
    expect(problemToFormErrors(problem, namedFieldsResolver(['username']))).toEqual({
      summary: [{ text: 'That username is taken' }],
      byInputId: {},
    });
  });

  it('maps plain field names for simple forms', () => {
    const problem = problemFromBody(400, { status: 400, title: 'Bad', errors: [{ field: 'code', message: 'must match ^[0-9A-Za-z]+$' }] });
    expect(problemToFormErrors(problem, namedFieldsResolver(['code', 'name'])).summary).toEqual([
      { text: 'must match ^[0-9A-Za-z]+$', href: '#code' },
    ]);
  });
});
