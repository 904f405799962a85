import { type FormEvent, useState } from 'react';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { type DateParts, datePartsToIso, isoToDateParts } from '../../format/dates';
import type { PeriodFilter } from './reportParams';

const EMPTY: DateParts = { day: '', month: '', year: '' };

function partsOf(iso: string): DateParts {
  return iso ? isoToDateParts(iso) : EMPTY;
}

function blank(parts: DateParts): boolean {
  return parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '';
}

/** The period filter of a report, kept in the URL by the page so a filtered report can be shared. */
export function PeriodFilterForm({ period, onApply }: { period: PeriodFilter; onApply: (period: PeriodFilter) => void }) {
  const [from, setFrom] = useState(partsOf(period.from));
  const [to, setTo] = useState(partsOf(period.to));
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromIso = blank(from) ? '' : datePartsToIso(from);
    const toIso = blank(to) ? '' : datePartsToIso(to);
    const next: { from?: string; to?: string } = {};
    if (fromIso === undefined) {
      next.from = 'From must be a real date, like 1 4 2026';
    }
    if (toIso === undefined) {
      next.to = 'To must be a real date, like 31 3 2027';
    }
    if (fromIso && toIso && fromIso > toIso) {
      next.from = 'From must be on or before to';
    }
    setErrors(next);
    if (next.from || next.to) {
      return;
    }
    onApply({ from: fromIso ?? '', to: toIso ?? '' });
  };
  const items = [
    ...(errors.from ? [{ text: errors.from, href: '#report-from' }] : []),
    ...(errors.to ? [{ text: errors.to, href: '#report-to' }] : []),
  ];
  return (
    <>
      <ErrorSummary items={items} />
      <form noValidate onSubmit={submit} className="app-filter" aria-label="Filter the report">
        <h2 className="govuk-heading-m">Filter</h2>
        <div className="app-filter__row">
          <DateInput id="report-from" legend="From" hint="Requested on or after. Leave empty for a year before the end." value={from} onChange={setFrom} error={errors.from} />
          <DateInput id="report-to" legend="To" hint="Requested on or before. Leave empty for today." value={to} onChange={setTo} error={errors.to} />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show report
        </button>
      </form>
    </>
  );
}
