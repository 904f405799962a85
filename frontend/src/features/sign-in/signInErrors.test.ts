import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { SERVICE_UNAVAILABLE, signInErrors, tooManyAttemptsMessage, WRONG_CREDENTIALS } from './signInErrors';

describe('sign-in errors', () => {
  it('never says which of username or password was wrong', () => {
    const errors = signInErrors(new ApiProblem({ status: 401, title: 'Unauthorized', detail: 'Wrong password' }));
    expect(errors.summary).toEqual([{ text: WRONG_CREDENTIALS, href: '#username' }]);
  });

  it('says the service is unavailable, not that the password is wrong, during an outage', () => {
    const errors = signInErrors(new ApiProblem({ status: 503, title: 'Service unavailable', detail: 'Database down.' }));
    expect(errors.summary).toEqual([{ text: SERVICE_UNAVAILABLE }]);
    expect(errors.byInputId).toEqual({});
  });

  it('says how long to wait from Retry-After', () => {
    expect(tooManyAttemptsMessage(900)).toBe('Too many attempts. Try again in 15 minutes');
    expect(tooManyAttemptsMessage(30)).toBe('Too many attempts. Try again in 1 minute');
    expect(tooManyAttemptsMessage(undefined)).toBe('Too many attempts. Wait a few minutes, then try again');
  });
});
