import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { DateInput } from '../../components/DateInput';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../forms/formErrors';
import type { EntityType } from '../../generated/api';
import { type AuditFilter, datePartsOf, RECORD_KINDS } from './auditFilter';
import { checkAuditFilter, type FilterValues } from './filterForm';

interface AuditFilterFormProps {
  filter: AuditFilter;
  errors: FormErrors;
  onApply: (filter: AuditFilter) => void;
  onErrors: (errors: FormErrors) => void;
}

/** The GOV.UK filter for the audit trail: who, kind of record and a date range. */
export function AuditFilterForm({ filter, errors, onApply, onErrors }: AuditFilterFormProps) {
  const [values, setValues] = useState<FilterValues>({
    actor: filter.actor,
    entityType: filter.entityType,
    from: datePartsOf(filter.from),
    to: datePartsOf(filter.to),
  });
  const set = <K extends keyof FilterValues>(key: K) => (value: FilterValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAuditFilter(values, filter);
    if (!checked.ok) {
      onErrors(checked.errors);
      return;
    }
    onApply(checked.filter);
  };

  return (
    <form noValidate onSubmit={submit} className="app-filter" aria-label="Filter the audit trail">
      <h2 className="govuk-heading-m">Filter</h2>
      <div className="app-filter__row">
        <TextInput
          id="actor"
          label="Who made the change"
          hint="Their username, for example admin"
          value={values.actor}
          onChange={set('actor')}
          error={errors.byInputId.actor}
          spellCheck={false}
          autoComplete="off"
          widthClass="govuk-input--width-20"
        />
        <Select
          id="entityType"
          label="Kind of record"
          value={values.entityType}
          onChange={(value) => set('entityType')(value as '' | EntityType)}
          error={errors.byInputId.entityType}
          options={[{ value: '', text: 'All kinds of record' }, ...RECORD_KINDS]}
        />
      </div>
      <div className="app-filter__row">
        <DateInput id="from" legend="From" hint="For example, 1 4 2026" value={values.from} onChange={set('from')} error={errors.byInputId.from} />
        <DateInput id="to" legend="To" hint="For example, 30 4 2026" value={values.to} onChange={set('to')} error={errors.byInputId.to} />
      </div>
      <div className="govuk-button-group app-no-margin">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" to="/audit">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
