import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { payBillChangeText, peopleText } from './labels';
import { useApplyRebanding } from './mutations';
import { useRebanding } from './queries';

const noFields = () => undefined;

/** Applying makes the model real for every person in scope: HR admins confirm it here (sent with If-Match). */
export function ApplyRebandingPage() {
  const { rebandingId = '' } = useParams();
  const query = useRebanding(rebandingId);
  const apply = useApplyRebanding(rebandingId);
  const form = useFormSubmit(noFields);
  const navigate = useNavigate();
  usePageTitle('Apply the re-banding', hasErrors(form.errors));
  const back = `/rebandings/${rebandingId}`;
  const rebanding = query.data?.record;
  if (!rebanding || !query.data) {
    return <QueryState isPending={query.isPending} error={query.error} />;
  }
  if (rebanding.status !== 'DRAFT') {
    return (
      <>
        <BackLink to={back} text="Back" />
        <h1 className="govuk-heading-l">Apply the re-banding</h1>
        <p className="govuk-body">This re-banding has already been applied.</p>
      </>
    );
  }
  const etag = query.data.etag;
  const { totals } = rebanding;
  const confirm = () =>
    form.run(async () => {
      await apply.mutateAsync(etag);
      navigate(back, flash(`The re-banding has been applied. It takes effect from ${formatDate(rebanding.effectiveFrom)}.`));
    });
  const reload = async () => {
    await query.refetch();
    form.reset();
  };
  return (
    <>
      <BackLink to={back} text="Back" />
      {form.conflict && <ConcurrencyWarning onReload={() => void reload()} />}
      <ErrorSummary items={form.errors.summary} />
      <ConfirmAction
        caption={`${rebanding.jobDescription.title} to ${rebanding.outcome.band.name}`}
        heading="Are you sure you want to apply the re-banding?"
        warning="Staff records, pay history and pay protection change for everyone in scope. An applied re-banding cannot be undone or applied again."
        confirmText="Apply the re-banding"
        cancelHref={back}
        cancelText="Cancel and go back to the model"
        busy={form.submitting}
        onConfirm={() => void confirm()}
      >
        <dl className="govuk-summary-list" data-testid="apply-summary">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Takes effect</dt>
            <dd className="govuk-summary-list__value">{formatDate(rebanding.effectiveFrom)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">People in scope</dt>
            <dd className="govuk-summary-list__value">
              {peopleText(rebanding.headcount)}: {totals.up.toLocaleString('en-GB')} up, {totals.same.toLocaleString('en-GB')} in the same band,{' '}
              {totals.down.toLocaleString('en-GB')} down
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Annual pay bill now</dt>
            <dd className="govuk-summary-list__value">{payBillChangeText(totals.annualChangePence)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Arrears to pay</dt>
            <dd className="govuk-summary-list__value">{totals.arrearsPence > 0 ? formatPence(totals.arrearsPence) : 'None'}</dd>
          </div>
        </dl>
      </ConfirmAction>
    </>
  );
}
