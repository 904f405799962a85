import { type FormEvent, useState } from 'react';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { isoToDateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, type FormErrors, NO_ERRORS } from '../../forms/formErrors';
import type { PayStructure, PayZone } from '../../generated/api';
import type { PayBandListFilter } from './queries';

interface PayBandsFilterProps {
  filter: PayBandListFilter;
  zones: PayZone[];
  structures: PayStructure[];
  onApply: (filter: PayBandListFilter) => void;
}

/** The filter form; applying it rewrites the URL query string, so every view can be shared. */
export function PayBandsFilter({ filter, zones, structures, onApply }: PayBandsFilterProps) {
  const [date, setDate] = useState(isoToDateParts(filter.date));
  const [zone, setZone] = useState(filter.zone);
  const [structureId, setStructureId] = useState(filter.structureId);
  const [includeProposed, setIncludeProposed] = useState(filter.includeProposed);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDate(date, 'the date to show ranges for', 'date');
    if (!checked.ok) {
      setErrors(clientErrors([['date', checked.message, checked.inputId]]));
      return;
    }
    const iso = checked.iso;
    setErrors(NO_ERRORS);
    onApply({ date: iso, zone, structureId, includeProposed, page: 1 });
  };

  return (
    <form noValidate onSubmit={submit} className="app-filter" aria-label="Filter pay bands">
      <ErrorSummary items={errors.summary} />
      <h2 className="govuk-heading-m">Filter</h2>
      <DateInput id="date" legend="Salaries on" hint="For example, 1 4 2027" value={date} onChange={setDate} error={errors.byInputId.date} />
      <div className="app-filter__row">
        <Select
          id="zone"
          label="Pay zone"
          value={zone}
          onChange={setZone}
          options={zones.map((payZone) => ({ value: payZone.code, text: payZone.name }))}
        />
        <Select
          id="structure"
          label="Pay structure"
          value={structureId}
          onChange={setStructureId}
          options={[
            { value: '', text: 'All pay structures' },
            ...structures.map((structure) => ({ value: structure.id, text: structure.name })),
          ]}
        />
      </div>
      <Checkboxes
        id="proposed"
        legend="Proposed scales"
        legendVisuallyHidden
        values={includeProposed ? ['true'] : []}
        items={[{ value: 'true', text: 'Show proposed scales', hint: 'Let scales still under negotiation count' }]}
        onChange={(values) => setIncludeProposed(values.includes('true'))}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Apply filter
      </button>
    </form>
  );
}
