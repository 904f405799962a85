import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiProblem } from '../../api/problem';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { Tag } from '../../components/Tag';
import { Textarea } from '../../components/Textarea';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Consistency, Evaluation } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { managesEvaluations } from './access';
import { ConsistencyCheckSummary } from './ConsistencyCheckSummary';
import { ConsistencyTable } from './ConsistencyTable';
import { EvaluationUnavailable } from './EvaluationUnavailable';
import { pointsText } from './labels';
import { evaluationPaths } from './paths';
import { useRecordCheck } from './mutations';
import { useConsistency, useEvaluation } from './queries';
import { SuccessBanner } from '../../components/SuccessBanner';

const resolver = namedFieldsResolver(['conclusion']);

/** The agreed levels beside the role family's and the benchmarks', whether a check is required, and the check. */
export function ConsistencyPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const record = evaluation.data?.record;
  const consistency = useConsistency(evaluationId, record?.scheme !== undefined);
  usePageTitle(record ? `Consistency check – ${record.title}` : 'Consistency check');

  if (!record) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  const notReady = consistency.error instanceof ApiProblem && consistency.error.status === 409 ? consistency.error : undefined;
  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluationId)} text="Back to the evaluation" />
      {!record.scheme ? (
        <>
          <span className="govuk-caption-l">{record.title}</span>
          <h1 className="govuk-heading-l">Consistency check</h1>
          <EvaluationUnavailable evaluation={record} text="The consistency check follows the panel’s scoring, once the panel has been formed." />
        </>
      ) : consistency.data ? (
        <ConsistencyView evaluation={record} etag={evaluation.data?.etag ?? ''} consistency={consistency.data} onReload={() => evaluation.refetch()} />
      ) : notReady ? (
        <>
          <span className="govuk-caption-l">{record.title}</span>
          <h1 className="govuk-heading-l">Consistency check</h1>
          <p className="govuk-body">{notReady.detail ?? 'The consistency comparison is not available yet.'}</p>
        </>
      ) : (
        <QueryState isPending={consistency.isPending} error={consistency.error} />
      )}
    </>
  );
}

interface ConsistencyViewProps {
  evaluation: Evaluation;
  etag: string;
  consistency: Consistency;
  onReload: () => void;
}

function ConsistencyView({ evaluation, etag, consistency, onReload }: ConsistencyViewProps) {
  const { data: profile } = useCurrentUser();
  const form = useFormSubmit(resolver);
  const recordCheck = useRecordCheck(evaluation.id);
  const [conclusion, setConclusion] = useState('');
  const [saved, setSaved] = useState(false);
  usePageTitle(`Consistency check – ${evaluation.title}`, hasErrors(form.errors));
  const mayRecord = profile !== undefined && profile !== null && managesEvaluations(profile.roles) && evaluation.status === 'IN_PANEL';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (conclusion.trim() === '') {
      form.setErrors(clientErrors([['conclusion', 'Enter the conclusion of the consistency check']]));
      return;
    }
    void form.run(async () => {
      await recordCheck.mutateAsync({ etag, conclusion: conclusion.trim() });
      setConclusion('');
      setSaved(true);
    });
  };
  const reload = async () => {
    await onReload();
    form.reset();
  };

  return (
    <>
      {saved && <SuccessBanner message="The consistency check has been recorded" />}
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{evaluation.title}</span>
      <h1 className="govuk-heading-l">Consistency check</h1>
      <dl className="govuk-summary-list" data-testid="consistency-summary">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Total</dt>
          <dd className="govuk-summary-list__value">
            {consistency.total === undefined ? 'Not every factor is agreed yet' : pointsText(consistency.total)}
            {consistency.band && `, band ${consistency.band}`}
            {consistency.nearBoundary && (
              <>
                {' '}
                <Tag text="Near a boundary" colour="orange" />
              </>
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Flagged factors</dt>
          <dd className="govuk-summary-list__value">{consistency.flaggedFactors}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Check required</dt>
          <dd className="govuk-summary-list__value" data-testid="check-required">
            {consistency.checkRequired ? (
              <Tag text="Required before publishing" colour="orange" />
            ) : (
              <Tag text="Not required" colour="grey" />
            )}
          </dd>
        </div>
      </dl>
      <ConsistencyTable factors={consistency.factors} />
      <h2 className="govuk-heading-m">The recorded check</h2>
      {consistency.check ? <ConsistencyCheckSummary check={consistency.check} /> : <p className="govuk-body">No check has been recorded for the current levels.</p>}
      {mayRecord && (
        <div className="govuk-grid-row">
          <form noValidate onSubmit={submit} className="govuk-grid-column-two-thirds" aria-labelledby="record-check-heading">
            <h2 className="govuk-heading-m" id="record-check-heading">
              Record the consistency check
            </h2>
            <Textarea
              id="conclusion"
              label="Conclusion"
              hint="What you compared and why the levels stand (or what the panel changed). Changing a level afterwards clears the check."
              value={conclusion}
              onChange={setConclusion}
              error={form.errors.byInputId.conclusion}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
              Record the check
            </button>
          </form>
        </div>
      )}
      {evaluation.status === 'IN_PANEL' && (
        <p className="govuk-body">
          <Link className="govuk-link" to={evaluationPaths.evaluation(evaluation.id)}>
            Back to the panel’s work
          </Link>
        </p>
      )}
    </>
  );
}
