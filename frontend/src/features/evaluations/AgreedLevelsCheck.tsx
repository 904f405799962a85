import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import type { Evaluation, Factor, Scheme } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { managesEvaluations } from './access';
import { pointsText } from './labels';
import { evaluationPaths } from './paths';
import { RunningScorePanel } from './RunningScorePanel';
import { scoreViewOf } from './scoreView';

interface AgreedLevelsCheckProps {
  evaluation: Evaluation;
  scheme: Scheme;
  factors: Factor[];
  sidebar: React.ReactNode;
}

/** After the last factor: every agreed level with its rationale and a "Change" link, the score, and what comes next. */
export function AgreedLevelsCheck({ evaluation, scheme, factors, sidebar }: AgreedLevelsCheckProps) {
  usePageTitle(`Check the agreed levels – ${evaluation.title}`);
  const { data: profile } = useCurrentUser();
  const allAgreed = factors.every((factor) => evaluation.agreedLevels.some((agreed) => agreed.factorCode === factor.code));

  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluation.id)} text="Back to the evaluation" />
      <span className="govuk-caption-l">{evaluation.title}</span>
      <h1 className="govuk-heading-l">Check the agreed levels</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <dl className="govuk-summary-list" data-testid="agreed-levels-check">
            {factors.map((factor) => {
              const agreed = evaluation.agreedLevels.find((candidate) => candidate.factorCode === factor.code);
              return (
                <div className="govuk-summary-list__row" key={factor.code} data-factor-code={factor.code}>
                  <dt className="govuk-summary-list__key">{factor.name}</dt>
                  <dd className="govuk-summary-list__value">
                    {agreed ? (
                      <>
                        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                          Level {agreed.level} of {factor.levels.length} ({pointsText(agreed.points)})
                        </p>
                        <p className="govuk-body govuk-!-margin-bottom-0">{agreed.rationale}</p>
                      </>
                    ) : (
                      'Not agreed yet'
                    )}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <Link className="govuk-link" to={evaluationPaths.score(evaluation.id, factor.code)}>
                      {agreed ? 'Change' : 'Score'}
                      <span className="govuk-visually-hidden"> the level for {factor.name.toLowerCase()}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
          <h2 className="govuk-heading-m">What happens next</h2>
          {allAgreed ? (
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" to={`${evaluationPaths.evaluation(evaluation.id)}#sign-off`}>
                  Sign off the agreed levels
                </Link>
                {evaluation.signOffs.some((signOff) => signOff.userId === profile?.id) && ' (you have signed off)'}
              </li>
              <li>
                <Link className="govuk-link" to={evaluationPaths.consistency(evaluation.id)}>
                  Consistency check
                </Link>
                {evaluation.checkRequired && !evaluation.consistencyCheck && ' (required before publishing)'}
              </li>
              {profile && managesEvaluations(profile.roles) && (
                <li>
                  <Link className="govuk-link" to={evaluationPaths.publish(evaluation.id)}>
                    Publish the outcome
                  </Link>
                </li>
              )}
              <li>
                <Link className="govuk-link" to={evaluationPaths.evaluation(evaluation.id)}>
                  Back to the evaluation
                </Link>
              </li>
            </ul>
          ) : (
            <p className="govuk-body">Agree a level for every factor before the consistency check and publishing.</p>
          )}
        </div>
        <div className="govuk-grid-column-one-third">
          <RunningScorePanel score={scoreViewOf(evaluation)} scheme={scheme} />
          {sidebar}
        </div>
      </div>
    </>
  );
}
