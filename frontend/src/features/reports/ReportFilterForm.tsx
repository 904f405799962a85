import { type FormEvent, useState } from 'react';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { checkFilter, formValuesOf, type ReportFilter } from './reportParams';

interface ReportFilterFormProps {
  filter: ReportFilter;
  /** "Snapshot date" or "Date". */
  dateLegend: string;
  dateHint: string;
  /** Whether the unit filter is offered (HR and auditors). */
  withUnit: boolean;
  onApply: (filter: ReportFilter) => void;
}

/** The report's filters, kept in the URL by the page so a filtered report can be shared. */
export function ReportFilterForm({ filter, dateLegend, dateHint, withUnit, onApply }: ReportFilterFormProps) {
  const [values, setValues] = useState(formValuesOf(filter));
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkFilter(values, dateLegend.toLowerCase());
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(undefined);
    onApply(checked.filter);
  };
  return (
    <>
      <ErrorSummary items={error ? [{ text: error, href: '#report-date' }] : []} />
      <form noValidate onSubmit={submit} className="app-filter" aria-label="Filter the report">
        <h2 className="govuk-heading-m">Filter</h2>
        <div className="app-filter__row">
          <DateInput
            id="report-date"
            legend={dateLegend}
            hint={dateHint}
            value={values.date}
            onChange={(date) => setValues((v) => ({ ...v, date }))}
            error={error}
          />
          {withUnit && (
            <TextInput
              id="report-unit"
              label="Unit"
              hint="A region, probation delivery unit or directorate, with everything under it. Leave empty for the whole organisation."
              value={values.unit}
              onChange={(unit) => setValues((v) => ({ ...v, unit }))}
              widthClass="govuk-input--width-20"
              spellCheck={false}
              autoComplete="off"
            />
          )}
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show report
        </button>
      </form>
    </>
  );
}
