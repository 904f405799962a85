import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { signInErrors, tooManyAttemptsMessage, WRONG_CREDENTIALS } from './signInErrors';

describe('sign-in errors', () => {
  it('never says which of username or password was wrong', () => {
    const errors = signInErrors(new ApiProblem({ status: 401, title: 'Unauthorized', detail: 'Wrong password' }));
    expect(errors.summary).toEqual([{ text: WRONG_CREDENTIALS, href: '#username' }]);
  });

  it('says how long to wait from Retry-After', () => {
    expect(tooManyAttemptsMessage(900)).toBe('Too many attempts. Try again in 15 minutes');
    expect(tooManyAttemptsMessage(30)).toBe('Too many attempts. Try again in 1 minute');
    expect(tooManyAttemptsMessage(undefined)).toBe('Too many attempts. Wait a few minutes, then try again');
  });
});
