import { Link } from 'react-router-dom';
import type { Evaluation } from '../../generated/api';
import { evaluationPaths } from './paths';

/** Said instead of a panel-work form when the evaluation is not at that stage (or has been published). */
export function EvaluationUnavailable({ evaluation, text }: { evaluation: Evaluation; text: string }) {
  return (
    <>
      <p className="govuk-body">{text}</p>
      <p className="govuk-body">
        {evaluation.status === 'PUBLISHED' ? (
          <Link className="govuk-link" to={evaluationPaths.outcome(evaluation.id)}>
            Read the published outcome
          </Link>
        ) : (
          <Link className="govuk-link" to={evaluationPaths.evaluation(evaluation.id)}>
            Back to the evaluation
          </Link>
        )}
      </p>
    </>
  );
}
