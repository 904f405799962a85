import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { formatDate, isoToDate } from '../../format/dates';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { usePublish } from './mutations';
import { evaluationPaths } from './paths';
import { useEvaluation } from './queries';

const noFields = () => undefined;

/** Publishing cannot be undone: HR checks the outcome and its date here, then confirms. */
export function PublishConfirmPage() {
  const { evaluationId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const evaluation = useEvaluation(evaluationId);
  const publish = usePublish(evaluationId);
  const form = useFormSubmit(noFields);
  const navigate = useNavigate();
  const record = evaluation.data?.record;
  const effectiveFrom = isoToDate(searchParams.get('effectiveFrom') ?? '');
  usePageTitle(record ? `Confirm publication – ${record.title}` : 'Confirm publication', hasErrors(form.errors));

  if (!record || !evaluation.data) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  const back = evaluationPaths.publish(evaluationId);
  if (effectiveFrom === undefined || record.status !== 'IN_PANEL') {
    return (
      <>
        <BackLink to={back} text="Back" />
        <h1 className="govuk-heading-l">Publish the outcome</h1>
        <p className="govuk-body">
          {record.status === 'PUBLISHED' ? 'This outcome has already been published.' : 'Enter the date the outcome takes effect first.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={record.status === 'PUBLISHED' ? evaluationPaths.outcome(evaluationId) : back}>
            {record.status === 'PUBLISHED' ? 'Read the outcome' : 'Enter the date'}
          </Link>
        </p>
      </>
    );
  }
  const etag = evaluation.data.etag;
  const confirm = () =>
    form.run(async () => {
      await publish.mutateAsync({ etag, effectiveFrom });
      navigate(evaluationPaths.outcome(evaluationId), flash(`The outcome has been published. It takes effect on ${formatDate(effectiveFrom)}.`));
    });
  const reload = async () => {
    await evaluation.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={back} text="Back" />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <ConfirmAction
        caption={record.title}
        heading="Are you sure you want to publish the outcome?"
        warning="A published outcome can never be edited. A correction needs a new evaluation."
        confirmText="Publish the outcome"
        cancelHref={evaluationPaths.evaluation(evaluationId)}
        cancelText="Cancel and go back to the evaluation"
        busy={form.submitting}
        onConfirm={() => void confirm()}
      >
        <dl className="govuk-summary-list" data-testid="publication-summary">
          <div className="govuk-summary-list__row govuk-summary-list__row--no-actions">
            <dt className="govuk-summary-list__key">Outcome</dt>
            <dd className="govuk-summary-list__value">{record.score?.summary}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Takes effect on</dt>
            <dd className="govuk-summary-list__value">{formatDate(effectiveFrom)}</dd>
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={back}>
                Change<span className="govuk-visually-hidden"> the date the outcome takes effect</span>
              </Link>
            </dd>
          </div>
          <div className="govuk-summary-list__row govuk-summary-list__row--no-actions">
            <dt className="govuk-summary-list__key">Signed off by</dt>
            <dd className="govuk-summary-list__value">{record.signOffs.map((signOff) => signOff.displayName).join(', ')}</dd>
          </div>
        </dl>
      </ConfirmAction>
    </>
  );
}
