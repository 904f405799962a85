import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { evaluationsApi } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { datePartsToIso, type DateParts, isoToDate } from '../../format/dates';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Evaluation } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { EvaluationUnavailable } from './EvaluationUnavailable';
import { evaluationScore } from './evaluationScore';
import { flash } from './flash';
import { evaluationPaths } from './paths';
import { useEvaluation, useScheme } from './queries';
import { RunningScorePanel } from './RunningScorePanel';
import { useSaveEvaluation } from './useSaveEvaluation';

const resolver = namedFieldsResolver(['effectiveFrom']);
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** Publish the outcome with the date it takes effect (HR). */
export function PublishPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const record = evaluation.data?.record;
  const scheme = useScheme(record?.scheme?.id);
  const navigate = useNavigate();
  const save = useSaveEvaluation(evaluationId);
  const form = useFormSubmit(resolver);
  const [effectiveFrom, setEffectiveFrom] = useState<DateParts>(EMPTY_DATE);
  usePageTitle(record ? `Publish the outcome – ${record.title}` : 'Publish the outcome', hasErrors(form.errors));

  if (!record) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  const score = evaluationScore(record, scheme.data);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = datePartsToIso(effectiveFrom);
    const date = iso === undefined ? undefined : isoToDate(iso);
    if (date === undefined) {
      form.setErrors(clientErrors([['effectiveFrom', 'Enter the date the outcome takes effect, like 1 4 2027']]));
      return;
    }
    void form.run(async () => {
      await save(() => evaluationsApi.publishEvaluationRaw({ evaluationId, ifMatch: evaluation.data?.etag, publicationInput: { effectiveFrom: date } }));
      navigate(evaluationPaths.outcome(evaluationId), flash('The outcome has been published'));
    });
  };
  const reload = async () => {
    await evaluation.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluationId)} text="Back to the evaluation" />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{record.title}</span>
      <h1 className="govuk-heading-l">Publish the outcome</h1>
      {record.status !== 'IN_PANEL' ? (
        <EvaluationUnavailable evaluation={record} text={record.status === 'PUBLISHED' ? 'This outcome has already been published.' : 'An outcome can be published once the panel has scored every factor.'} />
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Blockers evaluation={record} />
            <p className="govuk-body">
              Publishing records the total, band, scheme version, panel and every factor’s level and rationale on the job
              description. It is in force from the effective date and can never be edited: a correction is a new evaluation.
            </p>
            <form noValidate onSubmit={submit}>
              <DateInput
                id="effectiveFrom"
                legend="When does the outcome take effect?"
                hint="For example, 1 4 2027"
                value={effectiveFrom}
                onChange={setEffectiveFrom}
                error={form.errors.byInputId.effectiveFrom}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                Publish the outcome
              </button>
            </form>
          </div>
          {score && (
            <div className="govuk-grid-column-one-third">
              <RunningScorePanel score={score} heading="Score" />
            </div>
          )}
        </div>
      )}
    </>
  );
}

function Blockers({ evaluation }: { evaluation: Evaluation }) {
  if (evaluation.canPublish || evaluation.blockers.length === 0) {
    return null;
  }
  return (
    <div className="govuk-warning-text" data-testid="publish-blockers">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        It cannot be published yet:
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
          {evaluation.blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
