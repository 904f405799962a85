import { type FormEvent, useState } from 'react';
import { Select } from '../../components/Select';
import { SchemeStatus } from '../../generated/api';
import { SCHEME_STATUS_LABELS } from './schemeLabels';
import type { SchemeListFilter } from './schemeListParams';

interface SchemesFilterProps {
  filter: SchemeListFilter;
  onApply: (filter: SchemeListFilter) => void;
}

const STATUS_OPTIONS = [
  { value: '', text: 'All statuses' },
  ...Object.values(SchemeStatus).map((status) => ({ value: status, text: SCHEME_STATUS_LABELS[status] })),
];

export function SchemesFilter({ filter, onApply }: SchemesFilterProps) {
  const [status, setStatus] = useState(filter.status);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ status, page: 1 });
  };
  return (
    <form noValidate onSubmit={submit} className="app-filter" aria-label="Filter schemes">
      <h2 className="govuk-heading-m">Filter</h2>
      <Select id="status" label="Status" value={status} options={STATUS_OPTIONS} onChange={(value) => setStatus(value as SchemeListFilter['status'])} />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Apply filter
      </button>
    </form>
  );
}
