import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { ConsensusTable } from './ConsensusTable';
import { EvaluationUnavailable } from './EvaluationUnavailable';
import { evaluationPaths, provisionalLevelId } from './paths';
import { ProvisionalLevelsForm } from './ProvisionalLevelsForm';
import { useScheme } from '../schemes/queries';
import { useRecordProvisionalLevels } from './mutations';
import { useConsensus, useEvaluation } from './queries';
import { SuccessBanner } from '../../components/SuccessBanner';

const resolver = (path: string) => {
  const match = /^levels(?:\.([\w-]+)|\[([\w-]+)\])$/.exec(path);
  const factorCode = match?.[1] ?? match?.[2];
  return factorCode ? provisionalLevelId(factorCode) : undefined;
};

/** Panel members record their own provisional levels; everyone who may see panel work reads them side by side. */
export function ConsensusPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const record = evaluation.data?.record;
  const consensus = useConsensus(evaluationId, record?.scheme !== undefined);
  const scheme = useScheme(record?.scheme?.id);
  const { data: profile } = useCurrentUser();
  const saveProvisional = useRecordProvisionalLevels(evaluationId);
  const form = useFormSubmit(resolver);
  const [saved, setSaved] = useState(false);
  usePageTitle(record ? `Provisional levels and consensus – ${record.title}` : 'Provisional levels and consensus', hasErrors(form.errors));

  if (!record) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  if (!record.scheme) {
    return (
      <>
        <BackLink to={evaluationPaths.evaluation(evaluationId)} text="Back to the evaluation" />
        <span className="govuk-caption-l">{record.title}</span>
        <h1 className="govuk-heading-l">Provisional levels and consensus</h1>
        <EvaluationUnavailable evaluation={record} text="Provisional levels are recorded once the panel has been formed." />
      </>
    );
  }
  if (!consensus.data) {
    return <QueryState isPending={consensus.isPending} error={consensus.error} />;
  }
  const factors = [...(scheme.data?.record.factors ?? [])].sort((a, b) => a.position - b.position);
  const myLevels = Object.fromEntries(
    consensus.data.factors.flatMap((factor) =>
      factor.memberLevels.filter((member) => member.userId === profile?.id).map((member) => [factor.code, member.level] as const),
    ),
  );
  const records = record.onMyPanel === true && record.status === 'IN_PANEL';
  const submit = (levels: Record<string, number>) =>
    form.run(async () => {
      setSaved(false);
      await saveProvisional.mutateAsync(levels);
      setSaved(true);
    });

  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluationId)} text="Back to the evaluation" />
      {saved && <SuccessBanner message="Your provisional levels have been saved" />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{record.title}</span>
      <h1 className="govuk-heading-l">Provisional levels and consensus</h1>
      {records && (
        <p className="govuk-body">
          Scoring is independent: you see the other members’ level for a factor once you have recorded your own for it.
        </p>
      )}
      <ConsensusTable consensus={consensus.data} panel={record.panel} />
      {records && factors.length > 0 && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ProvisionalLevelsForm factors={factors} initial={myLevels} errors={form.errors} submitting={form.submitting} onSubmit={submit} />
          </div>
        </div>
      )}
    </>
  );
}
