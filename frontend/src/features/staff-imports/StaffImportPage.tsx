import { Link, useParams, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ButtonLink } from '../../components/ButtonLink';
import { useFlash } from '../../components/flash';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Tag } from '../../components/Tag';
import { formatDate, formatTimestamp } from '../../format/dates';
import type { StaffImport } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { PEOPLE_ADMINS } from '../people/roles';
import { errorsText, IMPORT_STATUS_COLOURS, IMPORT_STATUS_LABELS, rowsText } from './labels';
import { ERRORS_PAGE_SIZE, errorsExportHref, isRunning, useStaffImport, useStaffImportErrors } from './queries';

/** A real progress bar: the rows done of the total, read from the import resource while it runs. */
function ImportProgress({ staffImport }: { staffImport: StaffImport }) {
  const { done, total } = staffImport.progress;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const verb = staffImport.status === 'APPLYING' ? 'applied' : 'checked';
  return (
    <div className="govuk-form-group" data-testid="import-progress">
      <label className="govuk-label govuk-label--s" htmlFor="import-progress-bar">
        {total > 0 ? `${rowsText(done)} of ${total.toLocaleString('en-GB')} ${verb} (${percent}%)` : 'Reading the file'}
      </label>
      <progress id="import-progress-bar" className="app-progress" max={Math.max(total, 1)} value={total > 0 ? done : 0}>
        {percent}%
      </progress>
    </div>
  );
}

function ImportSummary({ staffImport }: { staffImport: StaffImport }) {
  const { created, updated, unchanged, invalid } = staffImport.summary;
  const applied = staffImport.status === 'APPLIED';
  const rows: Array<[string, number]> = [
    [applied ? 'Staff created' : 'New staff to create', created],
    [applied ? 'Staff updated' : 'Staff to update', updated],
    ['Unchanged', unchanged],
    ['Rows with errors', invalid],
  ];
  return (
    <dl className="govuk-summary-list" data-testid="import-summary">
      {rows.map(([label, count]) => (
        <div className="govuk-summary-list__row" key={label}>
          <dt className="govuk-summary-list__key">{label}</dt>
          <dd className="govuk-summary-list__value">{count.toLocaleString('en-GB')}</dd>
        </div>
      ))}
    </dl>
  );
}

function ErrorsTable({ importId, page }: { importId: string; page: number }) {
  const errors = useStaffImportErrors(importId, page, true);
  if (!errors.data) {
    return <QueryState isPending={errors.isPending} error={errors.error} />;
  }
  return (
    <>
      <ScrollRegion label="Errors in the file">
        <table className="govuk-table" data-testid="import-errors">
          <caption className="govuk-table__caption govuk-table__caption--m">Errors in the file</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Row</th>
              <th scope="col" className="govuk-table__header">Staff number</th>
              <th scope="col" className="govuk-table__header">Column</th>
              <th scope="col" className="govuk-table__header">Problem</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {errors.data.items.map((error, index) => (
              <tr className="govuk-table__row" key={`${error.row}-${error.field ?? ''}-${index}`}>
                <td className="govuk-table__cell">{error.row === 0 ? 'Whole file' : error.row.toLocaleString('en-GB')}</td>
                <td className="govuk-table__cell">{error.staffNumber ?? '–'}</td>
                <td className="govuk-table__cell">{error.field ?? '–'}</td>
                <td className="govuk-table__cell">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination
        page={page}
        size={ERRORS_PAGE_SIZE}
        totalItems={errors.data.totalItems}
        hrefFor={(next) => `/staff-imports/${importId}?page=${next}#errors`}
      />
    </>
  );
}

/** One import: where it stands (polled while it runs), what it would change, its errors, and apply. */
export function StaffImportPage() {
  const { importId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const query = useStaffImport(importId);
  const success = useFlash();
  const staffImport = query.data;
  usePageTitle(staffImport?.fileName ? `Staff import – ${staffImport.fileName}` : 'Staff import');

  if (!staffImport) {
    return (
      <>
        <BackLink to="/staff-imports" text="Back to staff imports" />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  const admin = profile ? hasAnyRole(profile.roles, PEOPLE_ADMINS) : false;
  const running = isRunning(staffImport);
  const canApply = admin && staffImport.status === 'VALIDATED' && staffImport.errorCount === 0;

  return (
    <>
      <BackLink to="/staff-imports" text="Back to staff imports" />
      <SuccessBanner message={success} />
      <span className="govuk-caption-l">Staff import</span>
      <h1 className="govuk-heading-l">{staffImport.fileName ?? 'Staff file'}</h1>
      <p className="govuk-body">
        <Tag text={IMPORT_STATUS_LABELS[staffImport.status]} colour={IMPORT_STATUS_COLOURS[staffImport.status]} />
      </p>
      <p className="govuk-body">
        Uploaded {formatTimestamp(staffImport.createdAt)} by {staffImport.createdBy}. Changes to band, pay point, post or hours take effect
        from {formatDate(staffImport.effectiveFrom)}.
        {staffImport.appliedAt && ` Applied ${formatTimestamp(staffImport.appliedAt)}.`}
      </p>
      <div aria-live="polite" data-testid="import-status">
        {running && <ImportProgress staffImport={staffImport} />}
        {staffImport.status === 'FAILED' && (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <h2 className="govuk-error-summary__title">The import could not be completed</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{staffImport.failure ?? 'Nothing was changed. Try uploading the file again.'}</p>
            </div>
          </div>
        )}
        {staffImport.status === 'VALIDATED' && staffImport.errorCount > 0 && (
          <p className="govuk-body govuk-!-font-weight-bold">
            The file has {errorsText(staffImport.errorCount)}. Nothing will change until every error is fixed: correct the file and upload it
            again.
          </p>
        )}
        {staffImport.status === 'VALIDATED' && staffImport.errorCount === 0 && (
          <p className="govuk-body govuk-!-font-weight-bold">The file has no errors. Check the summary, then apply the import.</p>
        )}
        {staffImport.status === 'APPLIED' && <p className="govuk-body govuk-!-font-weight-bold">The import has been applied to staff records.</p>}
      </div>
      {!running && <ImportSummary staffImport={staffImport} />}
      {canApply && <ButtonLink to={`/staff-imports/${importId}/apply`} text="Apply the import" />}
      {staffImport.errorCount > 0 && (
        <section id="errors" aria-label="Errors">
          <p className="govuk-body">
            <a className="govuk-link" href={errorsExportHref(importId)} download="staff-import-errors.csv">
              Download every error (CSV)
            </a>
          </p>
          <ErrorsTable importId={importId} page={page} />
          {admin && (
            <p className="govuk-body">
              <Link className="govuk-link" to="/staff-imports">
                Upload a corrected file
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
