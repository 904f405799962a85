import type { ApiProblem } from '../../api/problem';
import { type FormErrors, namedFieldsResolver, problemToFormErrors } from '../../forms/formErrors';

export const WRONG_CREDENTIALS = 'Enter a correct username and password';

/** A 503 (the database cannot be reached, or the service is starting or restarting): not the user's mistake. */
export const SERVICE_UNAVAILABLE = 'Sorry, you cannot sign in at the moment because the service is unavailable. Try again in a few minutes';

export function tooManyAttemptsMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined || retryAfterSeconds <= 0) {
    return 'Too many attempts. Wait a few minutes, then try again';
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The sign-in form's errors for a refused login; a 401 never says which of the two was wrong. */
export function signInErrors(problem: ApiProblem): FormErrors {
  if (problem.status === 401) {
    return { summary: [{ text: WRONG_CREDENTIALS, href: '#username' }], byInputId: { username: WRONG_CREDENTIALS } };
  }
  if (problem.status === 503) {
    return { summary: [{ text: SERVICE_UNAVAILABLE }], byInputId: {} };
  }
  if (problem.status === 429) {
    return { summary: [{ text: tooManyAttemptsMessage(problem.retryAfterSeconds) }], byInputId: {} };
  }
  return problemToFormErrors(problem, namedFieldsResolver(['username', 'password']));
}
