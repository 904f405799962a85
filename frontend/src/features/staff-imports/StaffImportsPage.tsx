import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Tag } from '../../components/Tag';
import { type DateParts, formatDate, formatTimestamp } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { StaffImport } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { PEOPLE_ADMINS } from '../people/roles';
import { IMPORT_STATUS_COLOURS, IMPORT_STATUS_LABELS, errorsText, rowsText } from './labels';
import { useUploadStaffImport } from './mutations';
import { IMPORTS_PAGE_SIZE, templateHref, useStaffImports } from './queries';

const MAX_BYTES = 50 * 1024 * 1024;
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const resolver = namedFieldsResolver(['file', 'effectiveFrom'], { effectiveFrom: 'effectiveFrom' });

function UploadForm({ form }: { form: ReturnType<typeof useFormSubmit> }) {
  const navigate = useNavigate();
  const upload = useUploadStaffImport();
  const fileInput = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const problems: Array<[string, string, string?]> = [];
    if (!file) {
      problems.push(['file', 'Select a CSV or XLSX file of staff']);
    } else if (!/\.(csv|xlsx)$/i.test(file.name)) {
      problems.push(['file', 'The selected file must be a CSV or XLSX file']);
    } else if (file.size > MAX_BYTES) {
      problems.push(['file', 'The selected file must be smaller than 50 MB']);
    }
    const dateGiven = `${date.day}${date.month}${date.year}`.trim() !== '';
    const checked = dateGiven ? checkDate(date, 'the date the changes take effect', 'effectiveFrom') : undefined;
    if (checked && !checked.ok) {
      problems.push(['effectiveFrom', checked.message, checked.inputId]);
    }
    if (problems.length > 0 || !file) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      const created = await upload.mutateAsync({ file, effectiveFrom: checked?.ok ? checked.iso : undefined });
      navigate(`/staff-imports/${created.id}`);
    });
  };

  const fileError = form.errors.byInputId.file;
  return (
    <>
      <ErrorSummary items={form.errors.summary} />
      <form noValidate onSubmit={submit} encType="multipart/form-data" aria-label="Upload a staff file">
        <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--m" htmlFor="file">
            Upload a file
          </label>
          <div className="govuk-hint" id="file-hint">
            A CSV or XLSX file in the template’s columns, up to 50 MB. Nothing changes until you have checked the results and
            applied the import.
          </div>
          <ErrorMessage id="file-error" message={fileError} />
          <input
            className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
            id="file"
            name="file"
            type="file"
            accept={ACCEPT}
            ref={fileInput}
            aria-describedby={['file-hint', fileError ? 'file-error' : ''].filter(Boolean).join(' ')}
          />
        </div>
        <DateInput
          id="effectiveFrom"
          legend="When do changes to band, pay point, post or hours take effect? (optional)"
          hint="For example, 1 8 2026. Leave blank for today."
          value={date}
          onChange={setDate}
          error={form.errors.byInputId.effectiveFrom ?? form.errors.byInputId['effectiveFrom-month'] ?? form.errors.byInputId['effectiveFrom-year']}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
          Upload and check the file
        </button>
      </form>
    </>
  );
}

function ImportsTable({ items }: { items: StaffImport[] }) {
  return (
    <ScrollRegion label="Past imports">
      <table className="govuk-table" data-testid="past-imports">
        <caption className="govuk-table__caption govuk-table__caption--m">Past imports</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">File</th>
            <th scope="col" className="govuk-table__header">Uploaded</th>
            <th scope="col" className="govuk-table__header">Takes effect</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Rows</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr className="govuk-table__row" key={item.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/staff-imports/${item.id}`}>
                  {item.fileName ?? 'Staff file'}
                </Link>
              </th>
              <td className="govuk-table__cell">
                {formatTimestamp(item.createdAt)}
                <span className="govuk-body-s app-secondary-text app-block">by {item.createdBy}</span>
              </td>
              <td className="govuk-table__cell">{formatDate(item.effectiveFrom)}</td>
              <td className="govuk-table__cell">
                <Tag text={IMPORT_STATUS_LABELS[item.status]} colour={IMPORT_STATUS_COLOURS[item.status]} />
              </td>
              <td className="govuk-table__cell">
                {rowsText(item.progress.total)}
                {item.errorCount > 0 && <span className="app-block">{errorsText(item.errorCount)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** HR admins upload a staff file here (template download, file, effective date); everyone allowed sees past imports. */
export function StaffImportsPage() {
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const imports = useStaffImports(page);
  const admin = profile ? hasAnyRole(profile.roles, PEOPLE_ADMINS) : false;
  const form = useFormSubmit(resolver);
  usePageTitle('Import staff', hasErrors(form.errors));

  return (
    <>
      <h1 className="govuk-heading-l">Import staff</h1>
      <p className="govuk-body">
        Create and update staff records from a file. Rows are matched on staff number: a new number creates a person, a known one
        updates them, and nobody missing from the file is removed (a leaving date ends employment).
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={templateHref} download="staff-import-template.csv">
          Download the import template (CSV)
        </a>
      </p>
      {admin && (
        <p className="govuk-body">
          The qualifications, training and experience staff hold have an import of their own:{' '}
          <Link className="govuk-link" to="/criteria/import">
            import the criteria staff hold
          </Link>
          .
        </p>
      )}
      {admin && <UploadForm form={form} />}
      {imports.data ? (
        imports.data.items.length === 0 ? (
          <p className="govuk-body">No staff file has been imported yet.</p>
        ) : (
          <>
            <ImportsTable items={imports.data.items} />
            <Pagination page={page} size={IMPORTS_PAGE_SIZE} totalItems={imports.data.totalItems} hrefFor={(next) => `/staff-imports?page=${next}`} />
          </>
        )
      ) : (
        <QueryState isPending={imports.isPending} error={imports.error} />
      )}
    </>
  );
}
