import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../format/dates';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useApplyStaffImport } from './mutations';
import { useStaffImport } from './queries';

const noFields = () => undefined;

/** Applying changes staff records for real: HR admins confirm it here. */
export function ApplyStaffImportPage() {
  const { importId = '' } = useParams();
  const query = useStaffImport(importId);
  const apply = useApplyStaffImport(importId);
  const form = useFormSubmit(noFields);
  const navigate = useNavigate();
  usePageTitle('Apply the staff import', hasErrors(form.errors));
  const staffImport = query.data;
  const back = `/staff-imports/${importId}`;
  if (!staffImport) {
    return <QueryState isPending={query.isPending} error={query.error} />;
  }
  const { created, updated, unchanged } = staffImport.summary;
  const confirm = () =>
    form.run(async () => {
      await apply.mutateAsync();
      navigate(back, flash('The import is being applied.'));
    });
  return (
    <>
      <BackLink to={back} text="Back" />
      <ErrorSummary items={form.errors.summary} />
      <ConfirmAction
        caption={staffImport.fileName ?? 'Staff import'}
        heading="Are you sure you want to apply the import?"
        warning="Staff records change at once, all together. An import can only be applied once."
        confirmText="Apply the import"
        cancelHref={back}
        busy={form.submitting}
        onConfirm={() => void confirm()}
      >
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">New staff</dt>
            <dd className="govuk-summary-list__value">{created.toLocaleString('en-GB')}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Staff updated</dt>
            <dd className="govuk-summary-list__value">{updated.toLocaleString('en-GB')}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Unchanged</dt>
            <dd className="govuk-summary-list__value">{unchanged.toLocaleString('en-GB')}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Changes take effect</dt>
            <dd className="govuk-summary-list__value">{formatDate(staffImport.effectiveFrom)}</dd>
          </div>
        </dl>
      </ConfirmAction>
    </>
  );
}
