import { Link } from 'react-router-dom';
import { ButtonLink } from '../../components/ButtonLink';
import type { Evaluation, Role } from '../../generated/api';
import { EVALUATION_READERS, hasAnyRole } from '../../auth/roles';
import { managesEvaluations, mayScore } from './access';
import { evaluationPaths } from './paths';

/** What the signed-in user can do next with the evaluation, by its status. */
export function EvaluationActions({ evaluation, roles }: { evaluation: Evaluation; roles: Iterable<Role> }) {
  const roleList = [...roles];
  const manages = managesEvaluations(roleList);
  const scores = mayScore(roleList, evaluation);
  const readsPanelWork = scores || hasAnyRole(roleList, EVALUATION_READERS);
  const id = evaluation.id;

  if (evaluation.status === 'PUBLISHED') {
    return <ButtonLink to={evaluationPaths.outcome(id)} text="Read the outcome summary" />;
  }
  return (
    <>
      {manages && evaluation.status === 'ACCEPTED' && <ButtonLink to={evaluationPaths.panel(id)} text="Form the panel" />}
      {evaluation.status === 'IN_PANEL' && (
        <>
          <h2 className="govuk-heading-m">Panel work</h2>
          <ul className="govuk-list" data-testid="panel-work-links">
            {scores && (
              <li>
                <Link className="govuk-link" to={evaluationPaths.scoreStart(id)}>
                  Score factor by factor
                </Link>
              </li>
            )}
            {readsPanelWork && (
              <li>
                <Link className="govuk-link" to={evaluationPaths.consensus(id)}>
                  Provisional levels and consensus
                </Link>
              </li>
            )}
            {readsPanelWork && (
              <li>
                <Link className="govuk-link" to={evaluationPaths.consistency(id)}>
                  Consistency check
                </Link>
                {evaluation.checkRequired && ' (required before publishing)'}
              </li>
            )}
            {manages && (
              <li>
                <Link className="govuk-link" to={evaluationPaths.panel(id)}>
                  Change the panel
                </Link>
              </li>
            )}
            {manages && (
              <li>
                <Link className="govuk-link" to={evaluationPaths.publish(id)}>
                  Publish
                </Link>
              </li>
            )}
          </ul>
          {manages && !evaluation.canPublish && evaluation.blockers.length > 0 && (
            <div className="govuk-inset-text" data-testid="publish-blockers">
              <p className="govuk-body">It cannot be published yet:</p>
              <ul className="govuk-list govuk-list--bullet">
                {evaluation.blockers.map((blocker) => (
                  <li key={blocker}>{blocker}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </>
  );
}
