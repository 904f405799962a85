import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Textarea } from '../../components/Textarea';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useMoveVacancy } from './mutations';
import { useVacancy } from './queries';

const resolver = namedFieldsResolver(['reason']);

/** HR withdraws a vacancy, with the reason: the confirmation step. */
export function WithdrawVacancyPage() {
  const { vacancyId = '' } = useParams();
  const vacancy = useVacancy(vacancyId);
  const move = useMoveVacancy(vacancyId);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  usePageTitle('Withdraw the vacancy', hasErrors(form.errors));
  const back = `/vacancies/${vacancyId}`;
  if (!vacancy.data) {
    return (
      <>
        <BackLink to={back} text="Back to the vacancy" />
        <QueryState isPending={vacancy.isPending} error={vacancy.error} />
      </>
    );
  }
  const { record, etag } = vacancy.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      form.setErrors(clientErrors([['reason', 'Enter the reason the vacancy is being withdrawn']]));
      return;
    }
    void form.run(async () => {
      await move.mutateAsync({ step: 'WITHDRAW', reason: reason.trim(), etag });
      navigate(back, flash('The vacancy has been withdrawn.'));
    });
  };
  return (
    <>
      <BackLink to={back} text="Back to the vacancy" />
      {form.conflict && <ConcurrencyWarning onReload={() => void vacancy.refetch().then(form.reset)} />}
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{record.title}</span>
          <h1 className="govuk-heading-l">Are you sure you want to withdraw this vacancy?</h1>
          <form noValidate onSubmit={submit} aria-label="Withdraw the vacancy">
            <Textarea id="reason" label="Why is it being withdrawn?" hint="This is recorded on the vacancy and in the audit trail." value={reason} onChange={setReason} error={form.errors.byInputId.reason} rows={4} />
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                Nobody can apply for a withdrawn vacancy. This cannot be undone.
              </strong>
            </div>
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={form.submitting}>
                Withdraw the vacancy
              </button>
              <Link className="govuk-link" to={back}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
