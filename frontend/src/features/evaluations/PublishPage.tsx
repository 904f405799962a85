import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { dateInputError } from '../../components/dateErrors';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { datePartsToIso, type DateParts } from '../../format/dates';
import { clientErrors, hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useScheme } from '../schemes/queries';
import { managesEvaluations } from './access';
import { EvaluationUnavailable } from './EvaluationUnavailable';
import { evaluationPaths } from './paths';
import { PublicationBlockers } from './PublicationBlockers';
import { useEvaluation } from './queries';
import { RunningScorePanel } from './RunningScorePanel';
import { scoreViewOf } from './scoreView';

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };
const noFields = () => undefined;

/** Publish the outcome (HR): the date it takes effect, then a confirmation page. Blocked, it says what to do instead. */
export function PublishPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const record = evaluation.data?.record;
  const scheme = useScheme(record?.scheme?.id);
  const { data: profile } = useCurrentUser();
  const navigate = useNavigate();
  const form = useFormSubmit(noFields);
  const [effectiveFrom, setEffectiveFrom] = useState<DateParts>(EMPTY_DATE);
  usePageTitle(record ? `Publish the outcome – ${record.title}` : 'Publish the outcome', hasErrors(form.errors));

  if (!record) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = dateInputError(effectiveFrom, 'the date the outcome takes effect');
    const iso = datePartsToIso(effectiveFrom);
    if (problem !== undefined || iso === undefined) {
      form.setErrors(clientErrors([['effectiveFrom', problem ?? 'Enter the date the outcome takes effect']]));
      return;
    }
    navigate(evaluationPaths.confirmPublication(evaluationId, iso));
  };

  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluationId)} text="Back to the evaluation" />
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{record.title}</span>
      <h1 className="govuk-heading-l">Publish the outcome</h1>
      {record.status !== 'IN_PANEL' ? (
        <EvaluationUnavailable
          evaluation={record}
          text={record.status === 'PUBLISHED' ? 'This outcome has already been published.' : 'An outcome can be published once the panel has scored every factor and signed off.'}
        />
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {record.canPublish ? (
              <>
                <p className="govuk-body">
                  Publishing records the total, band, scheme version, panel, sign-offs and every factor’s level and rationale on the
                  job description. It is in force from the date you give and can never be edited: a correction is a new evaluation.
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
                  <button type="submit" className="govuk-button" data-module="govuk-button">
                    Continue
                  </button>
                </form>
              </>
            ) : (
              <PublicationBlockers evaluation={record} manages={profile !== undefined && profile !== null && managesEvaluations(profile.roles)} />
            )}
          </div>
          <div className="govuk-grid-column-one-third">
            <RunningScorePanel score={scoreViewOf(record)} scheme={scheme.data?.record} />
          </div>
        </div>
      )}
    </>
  );
}
