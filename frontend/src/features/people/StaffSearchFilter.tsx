import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { Select, type SelectOption } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import type { StaffSearch } from './staffSearchParams';

const YES_NO = (any: string, yes: string, no: string): SelectOption[] => [
  { value: '', text: any },
  { value: 'true', text: yes },
  { value: 'false', text: no },
];

/** The staff search form; applying it rewrites the URL, so every search can be shared. */
export function StaffSearchFilter({ search, units, bands, onApply }: {
  search: StaffSearch;
  units: SelectOption[];
  bands: SelectOption[];
  onApply: (search: StaffSearch) => void;
}) {
  const [values, setValues] = useState(search);
  const set = <K extends keyof StaffSearch>(key: K) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...values, q: values.q.trim(), page: 1 });
  };
  return (
    <form noValidate onSubmit={submit} className="app-filter" role="search" aria-label="Search staff">
      <h2 className="govuk-heading-m">Search and filter</h2>
      <TextInput id="q" label="Name, staff number, email or post number" type="search" value={values.q} onChange={set('q')} widthClass="govuk-!-width-one-half" />
      <div className="app-filter__row">
        <Select id="unit" label="Unit" value={values.unit} onChange={set('unit')} options={[{ value: '', text: 'All units' }, ...units]} />
        <Select id="band" label="Band" value={values.band} onChange={set('band')} options={[{ value: '', text: 'All bands' }, ...bands]} />
        <Select id="atRisk" label="At risk" value={values.atRisk} onChange={set('atRisk')} options={YES_NO('Everyone', 'At risk', 'Not at risk')} />
        <Select id="protected" label="Pay protection" value={values.protected} onChange={set('protected')} options={YES_NO('Everyone', 'Protected', 'Not protected')} />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filter
        </button>
        <Link className="govuk-link" to="/staff">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
