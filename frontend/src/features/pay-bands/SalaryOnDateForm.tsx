import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { payBandsApi } from '../../api/client';
import { ApiProblem, callApi } from '../../api/problem';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { formatDate, isoToDate, isoToDateParts, todayIso } from '../../format/dates';
import { formatPenceRange } from '../../format/money';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, type FormErrors, NO_ERRORS } from '../../forms/formErrors';
import type { PayZone } from '../../generated/api';
import { DEFAULT_ZONE } from './filterParams';
import { payBandKeys } from './queries';

interface Question {
  date: string;
  zone: string;
  includeProposed: boolean;
}

function useSalaryRange(bandId: string, question: Question) {
  return useQuery({
    queryKey: payBandKeys.salaryRange(bandId, question.date, question.zone, question.includeProposed),
    queryFn: async () => {
      try {
        return await callApi(() =>
          payBandsApi.getPayBandSalaryRange({
            bandId,
            date: isoToDate(question.date),
            zone: question.zone,
            includeProposed: question.includeProposed,
          }),
        );
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) {
          return null;
        }
        throw error;
      }
    },
  });
}

/** "What this band pays on a date": the salary range of the scale in force that day in a zone. */
export function SalaryOnDateForm({ bandId, zones }: { bandId: string; zones: PayZone[] }) {
  const [question, setQuestion] = useState<Question>({ date: todayIso(), zone: DEFAULT_ZONE, includeProposed: false });
  const [date, setDate] = useState(isoToDateParts(question.date));
  const [zone, setZone] = useState(question.zone);
  const [includeProposed, setIncludeProposed] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const range = useSalaryRange(bandId, question);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDate(date, 'the date', 'salary-date');
    if (!checked.ok) {
      setErrors(clientErrors([['salary-date', checked.message, checked.inputId]]));
      return;
    }
    const iso = checked.iso;
    setErrors(NO_ERRORS);
    setQuestion({ date: iso, zone, includeProposed });
  };
  const askedDate = isoToDate(question.date);
  const zoneName = zones.find((payZone) => payZone.code === question.zone)?.name ?? question.zone;

  return (
    <section aria-labelledby="salary-on-date-heading">
      <h2 className="govuk-heading-m" id="salary-on-date-heading">
        What this band pays on a date
      </h2>
      <form noValidate onSubmit={submit}>
        <ErrorSummary items={errors.summary} />
        <DateInput id="salary-date" legend="Date" value={date} onChange={setDate} error={errors.byInputId['salary-date']} />
        <Select
          id="salary-zone"
          label="Pay zone"
          value={zone}
          onChange={setZone}
          options={zones.map((payZone) => ({ value: payZone.code, text: payZone.name }))}
        />
        <Checkboxes
          id="salary-proposed"
          legend="Proposed scales"
          legendVisuallyHidden
          values={includeProposed ? ['true'] : []}
          items={[{ value: 'true', text: 'Count proposed scales' }]}
          onChange={(values) => setIncludeProposed(values.includes('true'))}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show salary range
        </button>
      </form>
      <div className="govuk-inset-text" aria-live="polite" data-testid="salary-on-date">
        {range.isPending && 'Loading…'}
        {range.error && 'The salary range could not be read. Try again later.'}
        {range.data === null && 'No scale is in force on that date'}
        {range.data && (
          <>
            On {askedDate ? formatDate(askedDate) : question.date} in the {zoneName} pay zone this band pays{' '}
            <strong>{formatPenceRange(range.data.minPence, range.data.maxPence)}</strong>
            {range.data.status === 'PROPOSED' ? ' (proposed scale)' : ''}.
          </>
        )}
      </div>
    </section>
  );
}
