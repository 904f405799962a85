import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { type DateParts, dateToIso, isoToDate, isoToDateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, type FieldIdResolver, hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { HeldCriterion, StaffCriteria } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { useReplaceStaffCriteria } from './mutations';
import { useCriteriaCatalogue, useStaffCriteria } from './queries';

interface Row {
  key: number;
  criterion: string;
  date: DateParts;
}

/** `items[2].achievedOn` → the third row's date input. */
const resolver: FieldIdResolver = (path) => {
  const match = /^items\[(\d+)\]\.(criterion|achievedOn)$/.exec(path);
  if (!match) return undefined;
  return match[2] === 'criterion' ? `criterion-${match[1]}` : `achievedOn-${match[1]}`;
};

/** HR admins change the qualifications, training and experience a person holds, each with the day it was achieved. */
export function CriteriaEditPage() {
  const { staffNumber = '' } = useParams();
  const criteria = useStaffCriteria(staffNumber);
  const catalogue = useCriteriaCatalogue();
  usePageTitle('Change the criteria held');
  if (!criteria.data || !catalogue.data) {
    return (
      <>
        <BackLink to={`/staff/${encodeURIComponent(staffNumber)}`} text="Back to the staff record" />
        <QueryState isPending={criteria.isPending || catalogue.isPending} error={criteria.error ?? catalogue.error} />
      </>
    );
  }
  return (
    <CriteriaForm
      key={criteria.data.etag}
      held={criteria.data.record}
      etag={criteria.data.etag}
      catalogue={catalogue.data.items.map((item) => item.criterion)}
      reload={() => void criteria.refetch()}
    />
  );
}

function CriteriaForm({ held, etag, catalogue, reload }: { held: StaffCriteria; etag: string; catalogue: string[]; reload: () => void }) {
  const replace = useReplaceStaffCriteria(held.staffNumber);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [rows, setRows] = useState<Row[]>(() => held.items.map((item, index) => ({ key: index, criterion: item.criterion, date: isoToDateParts(dateToIso(item.achievedOn)) })));
  const [nextKey, setNextKey] = useState(held.items.length);
  usePageTitle('Change the criteria held', hasErrors(form.errors));
  const back = `/staff/${encodeURIComponent(held.staffNumber)}`;
  const options = [...new Set([...catalogue, ...held.items.map((item) => item.criterion)])].sort((a, b) => a.localeCompare(b, 'en-GB'));

  const update = (key: number, change: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    setRows((current) => [...current, { key: nextKey, criterion: '', date: { day: '', month: '', year: '' } }]);
    setNextKey(nextKey + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string, string?]> = [];
    const items: HeldCriterion[] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const n = index + 1;
      if (!row.criterion) problems.push([`criterion-${index}`, `Select criterion ${n}, or remove it`]);
      else if (seen.has(row.criterion)) problems.push([`criterion-${index}`, `${row.criterion} is listed more than once`]);
      seen.add(row.criterion);
      const checked = checkDate(row.date, `the day criterion ${n} was achieved`, `achievedOn-${index}`);
      if (!checked.ok) problems.push([`achievedOn-${index}`, checked.message, checked.inputId]);
      else if (row.criterion) items.push({ criterion: row.criterion, achievedOn: isoToDate(checked.iso) as Date });
    });
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      await replace.mutateAsync({ items, etag });
      navigate(back, flash(`The criteria held by ${held.name} have been saved.`));
    });
  };

  return (
    <>
      <BackLink to={back} text="Back to the staff record" />
      {form.conflict && <ConcurrencyWarning onReload={() => { reload(); form.reset(); }} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{held.name}</span>
      <h1 className="govuk-heading-l">Change the criteria held</h1>
      <p className="govuk-body">Qualifications, training and experience, from the same catalogue the job descriptions’ criteria use.</p>
      <form noValidate onSubmit={submit} aria-label="Change the criteria held">
        {rows.length === 0 && <p className="govuk-body">No criteria are listed.</p>}
        {rows.map((row, index) => (
          <fieldset className="govuk-fieldset app-point" key={row.key}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Criterion {index + 1}</legend>
            <Select
              id={`criterion-${index}`}
              label="Criterion"
              value={row.criterion}
              onChange={(criterion) => update(row.key, { criterion })}
              options={[{ value: '', text: 'Select a criterion' }, ...options.map((option) => ({ value: option, text: option }))]}
              error={form.errors.byInputId[`criterion-${index}`]}
            />
            <DateInput
              id={`achievedOn-${index}`}
              legend="Achieved on"
              value={row.date}
              onChange={(date) => update(row.key, { date })}
              error={form.errors.byInputId[`achievedOn-${index}`] ?? form.errors.byInputId[`achievedOn-${index}-month`] ?? form.errors.byInputId[`achievedOn-${index}-year`]}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}
            >
              Remove<span className="govuk-visually-hidden"> criterion {index + 1}</span>
            </button>
          </fieldset>
        ))}
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={add}>
            Add a criterion
          </button>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
            Save the criteria
          </button>
          <Link className="govuk-link" to={back}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
