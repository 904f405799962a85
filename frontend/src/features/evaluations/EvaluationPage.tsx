import { useParams } from 'react-router-dom';
import { evaluationsApi } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { EvaluationDecision } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { managesEvaluations } from './access';
import { AgreedLevelsTable } from './AgreedLevelsTable';
import { ConsistencyCheckSummary } from './ConsistencyCheckSummary';
import { DecisionForm } from './DecisionForm';
import { EvaluationActions } from './EvaluationActions';
import { evaluationScore } from './evaluationScore';
import { EvaluationSummaryList } from './EvaluationSummaryList';
import { useFlash } from './flash';
import { PanelTable } from './PanelTable';
import { evaluationPaths } from './paths';
import { useEvaluation, useScheme } from './queries';
import { RunningScorePanel } from './RunningScorePanel';
import { SuccessBanner } from './SuccessBanner';
import { useSaveEvaluation } from './useSaveEvaluation';

const decisionResolver = namedFieldsResolver(['decision', 'priority', 'reason']);

export function EvaluationPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const record = evaluation.data?.record;
  const scheme = useScheme(record?.scheme?.id);
  const { data: profile } = useCurrentUser();
  const decision = useFormSubmit(decisionResolver);
  const save = useSaveEvaluation(evaluationId);
  const success = useFlash();
  usePageTitle(record ? `Evaluation of ${record.title}` : 'Evaluation', decision.errors.summary.length > 0);

  if (!record) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  const roles = profile?.roles ?? new Set();
  const decide = (input: EvaluationDecision) =>
    decision.run(async () => {
      await save(() => evaluationsApi.decideEvaluationRequestRaw({ evaluationId, ifMatch: evaluation.data?.etag, evaluationDecision: input }));
    });
  const reload = async () => {
    await evaluation.refetch();
    decision.reset();
  };
  const score = evaluationScore(record, scheme.data);

  return (
    <>
      <BackLink to={evaluationPaths.queue} text="Back to the queue" />
      {success && <SuccessBanner message={success} />}
      {decision.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={decision.errors.summary} />
      <span className="govuk-caption-l">Evaluation</span>
      <h1 className="govuk-heading-l">{record.title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <EvaluationSummaryList evaluation={record} />
          {record.status === 'REQUESTED' && managesEvaluations(roles) && (
            <DecisionForm errors={decision.errors} submitting={decision.submitting} onSubmit={decide} onClientErrors={decision.setErrors} />
          )}
          <EvaluationActions evaluation={record} roles={roles} />
          {record.panel.length > 0 && <PanelTable panel={record.panel} />}
          {record.agreedLevels.length > 0 && <AgreedLevelsTable agreedLevels={record.agreedLevels} factorCount={record.factorCount} />}
          {record.consistencyCheck && (
            <>
              <h2 className="govuk-heading-m">Consistency check</h2>
              <ConsistencyCheckSummary check={record.consistencyCheck} />
            </>
          )}
        </div>
        {score && (
          <div className="govuk-grid-column-one-third">
            <RunningScorePanel score={score} heading="Score so far" />
          </div>
        )}
      </div>
    </>
  );
}
