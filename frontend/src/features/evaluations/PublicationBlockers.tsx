import { Link } from 'react-router-dom';
import type { Evaluation, PublicationBlocker } from '../../generated/api';
import { evaluationPaths } from './paths';

/** Where each kind of blocker is cleared, when the user can act there. */
function blockerHref(blocker: PublicationBlocker, evaluation: Evaluation, manages: boolean): string | undefined {
  switch (blocker.code) {
    case 'NO_PANEL':
    case 'PANEL_INVALID':
      return manages ? evaluationPaths.panel(evaluation.id) : undefined;
    case 'LEVELS_MISSING':
    case 'OUT_OF_RANGE':
      return evaluation.onMyPanel ? evaluationPaths.scoreStart(evaluation.id) : undefined;
    case 'CONSISTENCY_CHECK':
      return evaluationPaths.consistency(evaluation.id);
    case 'SIGN_OFF':
      return `${evaluationPaths.evaluation(evaluation.id)}#sign-off`;
    default:
      return undefined;
  }
}

/** Why the outcome cannot be published yet, each reason with what to do, linked to where it is done. */
export function PublicationBlockers({ evaluation, manages }: { evaluation: Evaluation; manages: boolean }) {
  if (evaluation.canPublish || evaluation.blockers.length === 0) {
    return null;
  }
  return (
    <div className="govuk-inset-text" data-testid="publish-blockers">
      <h2 className="govuk-heading-s">The outcome cannot be published yet</h2>
      <ul className="govuk-list govuk-list--bullet">
        {evaluation.blockers.map((blocker) => {
          const href = blockerHref(blocker, evaluation, manages);
          return (
            <li key={blocker.code} data-blocker={blocker.code}>
              {blocker.message}{' '}
              {href === undefined ? (
                blocker.whatToDo
              ) : href.includes('#') ? (
                <a className="govuk-link" href={href}>
                  {blocker.whatToDo}
                </a>
              ) : (
                <Link className="govuk-link" to={href}>
                  {blocker.whatToDo}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
