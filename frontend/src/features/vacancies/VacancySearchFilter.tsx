import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { DateInput } from '../../components/DateInput';
import { Select, type SelectOption } from '../../components/Select';
import { type DateParts, isoToDateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, type FormErrors } from '../../forms/formErrors';
import type { VacancyStatus } from '../../generated/api';
import { VACANCY_STATUS_LABELS, VACANCY_STATUSES } from './labels';
import type { VacancySearch } from './vacancySearch';

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The vacancies filter: stage, band, unit and closing date; applying it rewrites the URL. */
export function VacancySearchFilter({ search, units, bands, errors, onApply, onErrors }: {
  search: VacancySearch;
  units: SelectOption[];
  bands: SelectOption[];
  errors: FormErrors;
  onApply: (search: VacancySearch) => void;
  onErrors: (errors: FormErrors) => void;
}) {
  const [stage, setStage] = useState<string>(search.stage);
  const [band, setBand] = useState(search.band);
  const [unit, setUnit] = useState(search.unit);
  const [closing, setClosing] = useState<DateParts>(search.closingBefore ? isoToDateParts(search.closingBefore) : EMPTY_DATE);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = `${closing.day}${closing.month}${closing.year}`.trim() !== '';
    const checked = given ? checkDate(closing, 'the closing date', 'closingBefore') : undefined;
    if (checked && !checked.ok) {
      onErrors(clientErrors([['closingBefore', checked.message, checked.inputId]]));
      return;
    }
    onApply({ stage: stage as '' | VacancyStatus, band, unit, closingBefore: checked?.ok ? checked.iso : '', page: 1 });
  };

  return (
    <form noValidate onSubmit={submit} className="app-filter" role="search" aria-label="Filter vacancies">
      <h2 className="govuk-heading-m">Filter</h2>
      <div className="app-filter__row">
        <Select
          id="stage"
          label="Stage"
          value={stage}
          onChange={setStage}
          options={[{ value: '', text: 'All stages' }, ...VACANCY_STATUSES.map((status) => ({ value: status, text: VACANCY_STATUS_LABELS[status] }))]}
        />
        <Select id="band" label="Band" value={band} onChange={setBand} options={[{ value: '', text: 'All bands' }, ...bands]} />
        <Select id="unit" label="Unit" value={unit} onChange={setUnit} options={[{ value: '', text: 'All units' }, ...units]} />
      </div>
      <DateInput
        id="closingBefore"
        legend="Closing on or before (optional)"
        hint="For example, 31 12 2026"
        value={closing}
        onChange={setClosing}
        error={errors.byInputId.closingBefore ?? errors.byInputId['closingBefore-month'] ?? errors.byInputId['closingBefore-year']}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filter
        </button>
        <Link className="govuk-link" to="/vacancies">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
