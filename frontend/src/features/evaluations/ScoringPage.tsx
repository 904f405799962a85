import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { UnsavedChangesWarning } from '../../components/UnsavedChangesWarning';
import { useLeaveWarning } from '../../components/useLeaveWarning';
import { hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Evaluation, Scheme } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { useScheme } from '../schemes/queries';
import { actsForThePanel } from './access';
import { AgreedLevelsCheck } from './AgreedLevelsCheck';
import { EvaluationUnavailable } from './EvaluationUnavailable';
import { FactorList } from './FactorList';
import { JdBesideScoring } from './JdBesideScoring';
import { useAgreeLevel } from './mutations';
import { CHECK_STEP, evaluationPaths } from './paths';
import { useConsensus, useEvaluation } from './queries';
import { agreedLevelMap } from './scoreView';
import { type AgreedLevelValues, ScoringStep } from './ScoringStep';
import { StepLinks } from './StepLinks';

const resolver = namedFieldsResolver(['level', 'rationale']);
const scoringHref = evaluationPaths.score;

/** Scoring, factor by factor (`?factor=CODE`), then a check of every agreed level (`?step=check`). Members only. */
export function ScoringPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const record = evaluation.data?.record;
  const scheme = useScheme(record?.scheme?.id);

  if (!record || !evaluation.data) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  if (record.status !== 'IN_PANEL' || !record.scheme || !actsForThePanel(record)) {
    return <NotScoring evaluation={record} />;
  }
  if (!scheme.data) {
    return <QueryState isPending={scheme.isPending} error={scheme.error} />;
  }
  return <Scoring evaluation={record} etag={evaluation.data.etag} scheme={scheme.data.record} onReload={() => evaluation.refetch()} />;
}

function NotScoring({ evaluation }: { evaluation: Evaluation }) {
  usePageTitle(`Score ${evaluation.title}`);
  const reason =
    evaluation.status === 'PUBLISHED'
      ? 'The outcome has been published, so its levels can no longer change.'
      : evaluation.status === 'IN_PANEL'
        ? 'Only the members of this panel record its agreed levels and rationale.'
        : 'Scoring starts once the panel has been formed.';
  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluation.id)} text="Back to the evaluation" />
      <span className="govuk-caption-l">{evaluation.title}</span>
      <h1 className="govuk-heading-l">Score factor by factor</h1>
      <EvaluationUnavailable evaluation={evaluation} text={reason} />
    </>
  );
}

interface ScoringProps {
  evaluation: Evaluation;
  etag: string;
  scheme: Scheme;
  onReload: () => void;
}

function Scoring({ evaluation, etag, scheme, onReload }: ScoringProps) {
  const [searchParams] = useSearchParams();
  const factors = [...scheme.factors].sort((a, b) => a.position - b.position);
  const agreed = agreedLevelMap(evaluation.agreedLevels);
  const requested = searchParams.get('factor');
  const firstUnagreed = factors.find((factor) => agreed[factor.code] === undefined);
  const showCheck = searchParams.get('step') === CHECK_STEP || (!requested && firstUnagreed === undefined);
  const index = showCheck ? -1 : Math.max(0, factors.findIndex((factor) => factor.code === (requested ?? firstUnagreed?.code)));
  const sidebar = (
    <>
      <FactorList factors={factors} currentCode={showCheck ? undefined : factors[index]?.code} agreed={agreed} hrefFor={(code) => scoringHref(evaluation.id, code)} />
      <JdBesideScoring versionId={evaluation.jdVersionId} />
    </>
  );

  if (showCheck || factors.length === 0) {
    return <AgreedLevelsCheck evaluation={evaluation} scheme={scheme} factors={factors} sidebar={sidebar} />;
  }
  return (
    <FactorStepPage
      key={`${factors[index].code}-${etag}`}
      evaluation={evaluation}
      etag={etag}
      scheme={scheme}
      index={index}
      sidebar={sidebar}
      onReload={onReload}
    />
  );
}

interface FactorStepPageProps extends ScoringProps {
  index: number;
  sidebar: React.ReactNode;
}

function FactorStepPage({ evaluation, etag, scheme, index, sidebar, onReload }: FactorStepPageProps) {
  const navigate = useNavigate();
  const form = useFormSubmit(resolver);
  const agree = useAgreeLevel(evaluation.id);
  const consensus = useConsensus(evaluation.id);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  const leave = useLeaveWarning(dirty && !form.submitting);
  const factors = [...scheme.factors].sort((a, b) => a.position - b.position);
  const factor = factors[index];
  const previous = factors[index - 1];
  const next = factors[index + 1];
  usePageTitle(`${factor.name} (factor ${index + 1} of ${factors.length}) – score ${evaluation.title}`, hasErrors(form.errors));
  const consensusFactor = consensus.data?.factors.find((candidate) => candidate.code === factor.code);

  const saveLevel = (values: AgreedLevelValues) =>
    form.run(async () => {
      await agree.mutateAsync({ etag, factorCode: factor.code, ...values });
      setDirty(false);
      navigate(scoringHref(evaluation.id, next?.code));
    });
  const reload = async () => {
    await onReload();
    form.reset();
  };

  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluation.id)} text="Back to the evaluation" />
      {leave.pendingHref && <UnsavedChangesWarning what={`the level or rationale for ${factor.name.toLowerCase()}`} onStay={leave.stay} onLeave={leave.leave} />}
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">
        Factor {index + 1} of {factors.length} · {evaluation.title}
      </span>
      <h1 className="govuk-heading-l">{factor.name}</h1>
      <ScoringStep
        evaluation={evaluation}
        scheme={scheme}
        factor={factor}
        provisional={consensusFactor?.memberLevels ?? []}
        hiddenLevels={consensusFactor?.hiddenLevels ?? 0}
        errors={form.errors}
        submitting={form.submitting}
        onSave={saveLevel}
        onClientErrors={form.setErrors}
        onDirtyChange={onDirtyChange}
        sidebar={sidebar}
        footer={
          <>
            <StepLinks
              previous={previous && { href: scoringHref(evaluation.id, previous.code), label: previous.name }}
              next={next && { href: scoringHref(evaluation.id, next.code), label: next.name }}
            />
            <p className="govuk-body">
              <Link className="govuk-link" to={scoringHref(evaluation.id)}>
                Check all the agreed levels
              </Link>
            </p>
          </>
        }
      />
    </>
  );
}
