import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { Select, type SelectOption } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { JdStatus } from '../../generated/api';
import { JD_STATUS_LABELS } from './jdLabels';
import type { JdSearch } from './jdSearchParams';

interface JdSearchFilterProps {
  search: JdSearch;
  roleFamilies: string[];
  directorates: string[];
  /** Pay bands to filter by; none when they could not be read. */
  bands: SelectOption[];
  onApply: (search: JdSearch) => void;
}

function withAll(allText: string, values: string[]): SelectOption[] {
  return [{ value: '', text: allText }, ...values.map((value) => ({ value, text: value }))];
}

const STATUS_OPTIONS: SelectOption[] = [
  { value: '', text: 'All statuses' },
  ...Object.values(JdStatus).map((status) => ({ value: status, text: JD_STATUS_LABELS[status] })),
];

const BENCHMARK_OPTIONS: SelectOption[] = [
  { value: '', text: 'All job descriptions' },
  { value: 'true', text: 'Benchmarks only' },
  { value: 'false', text: 'Not benchmarks' },
];

/** The search form; applying it rewrites the URL query string, so every search can be shared. */
export function JdSearchFilter({ search, roleFamilies, directorates, bands, onApply }: JdSearchFilterProps) {
  const [values, setValues] = useState(search);
  const set = <K extends keyof JdSearch>(key: K) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...values, q: values.q.trim(), page: 1 });
  };

  return (
    <form noValidate onSubmit={submit} className="app-filter" role="search" aria-label="Search job descriptions">
      <h2 className="govuk-heading-m">Search and filter</h2>
      <TextInput id="q" label="Title or reference" type="search" value={values.q} onChange={set('q')} widthClass="govuk-!-width-one-half" />
      <div className="app-filter__row">
        <Select id="roleFamily" label="Role family" value={values.roleFamily} onChange={set('roleFamily')} options={withAll('All role families', roleFamilies)} />
        <Select id="directorate" label="Directorate" value={values.directorate} onChange={set('directorate')} options={withAll('All directorates', directorates)} />
        {bands.length > 0 && (
          <Select id="band" label="Band in force" value={values.bandId} onChange={set('bandId')} options={[{ value: '', text: 'All bands' }, ...bands]} />
        )}
        <Select id="status" label="Status" value={values.status} onChange={set('status')} options={STATUS_OPTIONS} />
        <Select id="benchmark" label="Benchmark" value={values.benchmark} onChange={set('benchmark')} options={BENCHMARK_OPTIONS} />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filter
        </button>
        <Link className="govuk-link" to="/job-descriptions">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
