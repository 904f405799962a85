import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { EVALUATION_READERS, hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFlash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Evaluation, EvaluationDecision } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { managesEvaluations } from './access';
import { AgreedLevelsTable } from './AgreedLevelsTable';
import { ConsistencyCheckSummary } from './ConsistencyCheckSummary';
import { DecisionForm } from './DecisionForm';
import { PRIORITY_LABELS } from './labels';
import { useDecideRequest, useSignOff } from './mutations';
import { PanelTable } from './PanelTable';
import { PanelWorkTaskList } from './PanelWorkTaskList';
import { evaluationPaths } from './paths';
import { PublicationBlockers } from './PublicationBlockers';
import { useConsensus, useEvaluation } from './queries';
import { RunningScorePanel } from './RunningScorePanel';
import { scoreViewOf } from './scoreView';
import { SignOffSection } from './SignOffSection';
import { EvaluationSummaryList } from './EvaluationSummaryList';
import { useScheme } from '../schemes/queries';

const decisionResolver = namedFieldsResolver(['decision', 'priority', 'reason']);

/** One evaluation: the request and where it stands, and for those who may see it the panel's work, step by step. */
export function EvaluationPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const record = evaluation.data?.record;
  const { data: profile } = useCurrentUser();
  const roles = profile?.roles ?? new Set();
  const readsPanelWork = record !== undefined && record.panelWorkShown && record.status === 'IN_PANEL' && (record.onMyPanel === true || hasAnyRole(roles, EVALUATION_READERS));
  const consensus = useConsensus(evaluationId, readsPanelWork);
  const scheme = useScheme(record?.panelWorkShown ? record.scheme?.id : undefined);
  const decide = useDecideRequest(evaluationId);
  const signOff = useSignOff(evaluationId);
  const form = useFormSubmit(decisionResolver);
  const navigate = useNavigate();
  const flashed = useFlash();
  const [done, setDone] = useState('');
  usePageTitle(record ? `Evaluation of ${record.title}` : 'Evaluation', form.errors.summary.length > 0);

  if (!record || !evaluation.data) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  const etag = evaluation.data.etag;
  const manages = managesEvaluations(roles);
  const submitDecision = (input: EvaluationDecision) => {
    if (input.decision === 'REJECT') {
      navigate(evaluationPaths.reject(evaluationId), { state: { reason: input.reason ?? '' } });
      return;
    }
    void form.run(async () => {
      setDone('');
      await decide.mutateAsync({ etag, decision: input });
      setDone(`The request has been accepted as ${input.priority ? PRIORITY_LABELS[input.priority] : 'a priority'}. Next, form the panel.`);
    });
  };
  const sign = () =>
    form.run(async () => {
      setDone('');
      const saved = await signOff.mutateAsync({ etag });
      setDone(
        saved.record.signOffComplete
          ? 'You have signed off the agreed levels. Every sign-off the outcome needs is in.'
          : 'You have signed off the agreed levels.',
      );
    });
  const reload = async () => {
    await evaluation.refetch();
    form.reset();
  };
  const score = scoreViewOf(record);
  const showScore = record.panelWorkShown && (record.status === 'IN_PANEL' || record.status === 'PUBLISHED');

  return (
    <>
      <BackLink to={evaluationPaths.queue} text="Back to the queue" />
      <SuccessBanner message={done || flashed} />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">Evaluation</span>
      <h1 className="govuk-heading-l">{record.title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <EvaluationSummaryList evaluation={record} />
          {record.status === 'REQUESTED' && manages && (
            <DecisionForm errors={form.errors} submitting={form.submitting} onSubmit={submitDecision} onClientErrors={form.setErrors} />
          )}
          {record.status === 'ACCEPTED' && manages && <ButtonLink to={evaluationPaths.panel(record.id)} text="Form the panel" />}
          {!record.panelWorkShown && <RequestOnly evaluation={record} />}
          {record.panelWorkShown && record.status === 'IN_PANEL' && (
            <>
              <PanelWorkTaskList evaluation={record} consensus={consensus.data} manages={manages} />
              <PublicationBlockers evaluation={record} manages={manages} />
              {record.canPublish && manages && <ButtonLink to={evaluationPaths.publish(record.id)} text="Publish the outcome" />}
            </>
          )}
          {record.status === 'PUBLISHED' && <ButtonLink to={evaluationPaths.outcome(record.id)} text="Read the outcome summary" />}
          {record.panelWorkShown && record.panel.length > 0 && <PanelTable panel={record.panel} />}
          {record.panelWorkShown && record.agreedLevels.length > 0 && <AgreedLevelsTable agreedLevels={record.agreedLevels} factorCount={record.factorCount} />}
          {record.panelWorkShown && record.consistencyCheck && (
            <>
              <h2 className="govuk-heading-m">Consistency check</h2>
              <ConsistencyCheckSummary check={record.consistencyCheck} />
            </>
          )}
          {record.panelWorkShown && (record.status === 'IN_PANEL' || record.status === 'PUBLISHED') && (
            <SignOffSection evaluation={record} myId={profile?.id} busy={form.submitting} onSignOff={() => void sign()} />
          )}
        </div>
        {showScore && (
          <div className="govuk-grid-column-one-third">
            <RunningScorePanel score={score} scheme={scheme.data?.record} />
          </div>
        )}
      </div>
    </>
  );
}

/** For whoever asked and the post's holders: what they can and cannot see yet. */
function RequestOnly({ evaluation }: { evaluation: Evaluation }) {
  if (evaluation.status === 'REJECTED') {
    return (
      <p className="govuk-body">
        If the job description changes, you can{' '}
        <Link className="govuk-link" to={evaluationPaths.jdVersion(evaluation.jdVersionId)}>
          ask for the role to be evaluated again
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="govuk-inset-text">
      The panel scores the role independently of whoever asked. Its levels, rationale and score are shown here, and on your
      role’s page, once the outcome is published.
    </div>
  );
}
