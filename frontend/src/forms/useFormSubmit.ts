import { useState } from 'react';
import { toApiProblem } from '../api/problem';
import { type FieldIdResolver, type FormErrors, NO_ERRORS, problemToFormErrors } from './formErrors';

/**
 * Runs a form's save call and turns its failure into what the page shows: field errors (400 and others), or the
 * "someone else changed this record" warning (412).
 */
export function useFormSubmit(resolver: FieldIdResolver) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const run = async (save: () => Promise<void>) => {
    setSubmitting(true);
    setConflict(false);
    try {
      await save();
      setErrors(NO_ERRORS);
    } catch (error) {
      const problem = await toApiProblem(error);
      if (problem.status === 412) {
        setErrors(NO_ERRORS);
        setConflict(true);
      } else {
        setErrors(problemToFormErrors(problem, resolver));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const reset = () => {
    setErrors(NO_ERRORS);
    setConflict(false);
  };

  return { errors, setErrors, conflict, submitting, run, reset };
}
