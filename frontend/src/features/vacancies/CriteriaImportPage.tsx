import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ScrollRegion } from '../../components/ScrollRegion';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { StaffCriteriaImport } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { useImportStaffCriteria } from './mutations';

const TITLE = 'Import the criteria staff hold';
const MAX_BYTES = 50 * 1024 * 1024;
const ACCEPT = '.csv,text/csv';
const resolver = namedFieldsResolver(['file']);

/** The template: the header row the import reads. */
export const CRITERIA_TEMPLATE = 'staff_number,criterion,achieved_on\r\n';
export const CRITERIA_TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(CRITERIA_TEMPLATE)}`;

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n.toLocaleString('en-GB')} ${many}`);

/**
 * HR admins import the qualifications, training and experience staff hold from a CSV file: download the template,
 * upload, see every error (row, staff number, column, what to fix) or what would change, then apply. Nothing is
 * written unless every row is valid.
 */
export function CriteriaImportPage() {
  const form = useFormSubmit(resolver);
  const importer = useImportStaffCriteria();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [checked, setChecked] = useState<StaffCriteriaImport>();
  const [applied, setApplied] = useState<StaffCriteriaImport>();
  const rowErrors = checked && checked.errorCount > 0 ? checked : undefined;
  usePageTitle(TITLE, hasErrors(form.errors) || rowErrors !== undefined);

  const startAgain = () => {
    setFile(undefined);
    setChecked(undefined);
    setApplied(undefined);
    form.reset();
    if (fileInput.current) fileInput.current.value = '';
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    setChecked(undefined);
    setApplied(undefined);
    const chosen = fileInput.current?.files?.[0];
    const problems: Array<[string, string]> = [];
    if (!chosen) {
      problems.push(['file', 'Select a CSV file of the criteria staff hold']);
    } else if (!/\.csv$/i.test(chosen.name)) {
      problems.push(['file', 'The selected file must be a CSV file']);
    } else if (chosen.size > MAX_BYTES) {
      problems.push(['file', 'The selected file must be smaller than 50 MB']);
    }
    if (problems.length > 0 || !chosen) {
      form.setErrors(clientErrors(problems));
      return;
    }
    setFile(chosen);
    void form.run(async () => {
      setChecked(await importer.mutateAsync({ file: chosen, dryRun: true }));
    });
  };

  const apply = () => {
    if (!file) return;
    void form.run(async () => {
      const result = await importer.mutateAsync({ file, dryRun: false });
      if (result.applied) {
        setApplied(result);
        setChecked(undefined);
      } else {
        // the records changed since the check: show what is wrong now
        setChecked(result);
      }
    });
  };

  const fileError = form.errors.byInputId.file;
  const summary = rowErrors
    ? [
        {
          text: `The file has ${count(rowErrors.errorCount, 'error', 'errors')}. Nothing has been imported. Fix the file and upload it again.`,
          href: '#import-errors',
        },
      ]
    : form.errors.summary;

  return (
    <>
      <BackLink to="/criteria" text="Back to criteria and training" />
      <ErrorSummary items={summary} />
      {applied && (
        <div className="govuk-panel govuk-panel--confirmation" data-testid="import-applied">
          <h1 className="govuk-panel__title">Criteria imported</h1>
          <div className="govuk-panel__body">{count(applied.rows, 'row', 'rows')} imported</div>
        </div>
      )}
      {!applied && <h1 className="govuk-heading-l">{TITLE}</h1>}
      {applied ? (
        <>
          <ImportFigures result={applied} caption="What changed" />
          <p className="govuk-body">Eligibility for vacancies now takes the imported criteria into account.</p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={startAgain}>
              Import another file
            </button>
            <Link className="govuk-link" to="/vacancies">
              Go to vacancies
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="govuk-body">
            Record the qualifications, training and experience staff hold, for many people at once. Each row is one criterion held by
            one person: their staff number, the criterion as the job descriptions name it, and the day it was achieved (for example
            2026-08-01 or 01/08/2026). A criterion someone already holds has its date updated; nobody loses a criterion that is not in
            the file.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={CRITERIA_TEMPLATE_HREF} download="criteria-held-template.csv" data-testid="criteria-template">
              Download the template (CSV)
            </a>
          </p>
          <form noValidate onSubmit={check} aria-label="Upload a file of criteria held">
            <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--m" htmlFor="file">
                Upload a file
              </label>
              <div className="govuk-hint" id="file-hint">
                A CSV file in the template’s columns, up to 50 MB. The file is checked first: nothing changes until you apply it.
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
                onChange={() => setChecked(undefined)}
              />
            </div>
            <button type="submit" className={`govuk-button${checked && !rowErrors ? ' govuk-button--secondary' : ''}`} data-module="govuk-button" disabled={form.submitting}>
              Check the file
            </button>
          </form>
          {rowErrors && <ErrorsTable result={rowErrors} />}
          {checked && !rowErrors && (
            <section aria-labelledby="checked-title" data-testid="import-checked">
              <h2 className="govuk-heading-m" id="checked-title">
                The file is ready to import
              </h2>
              <p className="govuk-body">
                Every row of {file?.name ?? 'the file'} is valid. Nothing has changed yet.
              </p>
              <ImportFigures result={checked} caption="What will change" />
              <div className="govuk-button-group">
                <button type="button" className="govuk-button" data-module="govuk-button" disabled={form.submitting} onClick={apply}>
                  Apply the import
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={startAgain}>
                  Choose a different file
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}

function ImportFigures({ result, caption }: { result: StaffCriteriaImport; caption: string }) {
  return (
    <dl className="govuk-summary-list" aria-label={caption} data-testid="import-figures">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Rows</dt>
        <dd className="govuk-summary-list__value">{result.rows.toLocaleString('en-GB')}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Criteria newly held</dt>
        <dd className="govuk-summary-list__value">{result.created.toLocaleString('en-GB')}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Dates changed</dt>
        <dd className="govuk-summary-list__value">{result.updated.toLocaleString('en-GB')}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Already recorded</dt>
        <dd className="govuk-summary-list__value">{result.unchanged.toLocaleString('en-GB')}</dd>
      </div>
    </dl>
  );
}

function ErrorsTable({ result }: { result: StaffCriteriaImport }) {
  return (
    <section aria-labelledby="import-errors">
      <h2 className="govuk-heading-m" id="import-errors" tabIndex={-1}>
        {count(result.errorCount, 'error', 'errors')} in the file
      </h2>
      <p className="govuk-body">
        {count(result.invalid, 'row has', 'rows have')} a problem. Nothing has been imported.
        {result.errors.length < result.errorCount && ` The first ${result.errors.length.toLocaleString('en-GB')} errors are listed.`}
      </p>
      <ScrollRegion label="Errors in the file">
        <table className="govuk-table" data-testid="import-errors">
          <caption className="govuk-table__caption govuk-visually-hidden">Errors in the file, by row</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Row
              </th>
              <th scope="col" className="govuk-table__header">
                Staff number
              </th>
              <th scope="col" className="govuk-table__header">
                Column
              </th>
              <th scope="col" className="govuk-table__header">
                What to fix
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.errors.map((error, index) => (
              <tr className="govuk-table__row" key={`${error.row}-${error.field ?? ''}-${index}`}>
                <td className="govuk-table__cell">{error.row === 0 ? 'Whole file' : error.row.toLocaleString('en-GB')}</td>
                <td className="govuk-table__cell">{error.staffNumber ?? ''}</td>
                <td className="govuk-table__cell">{error.field ?? ''}</td>
                <td className="govuk-table__cell">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
