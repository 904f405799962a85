import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { type DateParts, isoToDate } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, type FieldIdResolver, hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useUnits } from '../people/queries';
import { useCreateRingFence } from './mutations';
import { useAppliedRebandings } from './queries';
import { useBandOptions } from './useBandOptions';

const resolver: FieldIdResolver = (path) => {
  if (path.startsWith('bandCodes')) return 'bandCodes';
  if (path.startsWith('rebandingIds')) return 'rebandingIds';
  return ['directorate', 'unitId', 'jdFamily', 'from', 'until'].includes(path) ? path : undefined;
};
const EMPTY: DateParts = { day: '', month: '', year: '' };

/** HR admins set a ring-fence rule: which vacancies, opened when, are offered first to which pool. */
export function NewRingFencePage() {
  const bands = useBandOptions();
  const units = useUnits();
  const rebandings = useAppliedRebandings();
  const create = useCreateRingFence();
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [bandCodes, setBandCodes] = useState<string[]>([]);
  const [directorate, setDirectorate] = useState('');
  const [unitId, setUnitId] = useState('');
  const [jdFamily, setJdFamily] = useState('');
  const [rebandingIds, setRebandingIds] = useState<string[]>([]);
  const [from, setFrom] = useState<DateParts>(EMPTY);
  const [until, setUntil] = useState<DateParts>(EMPTY);
  usePageTitle('Set a ring-fence rule', hasErrors(form.errors));
  const applied = (rebandings.data?.items ?? []).filter((rebanding) => rebanding.status === 'APPLIED');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string, string?]> = [];
    const start = checkDate(from, 'the first day of the ring-fence', 'from');
    if (!start.ok) problems.push(['from', start.message, start.inputId]);
    const end = checkDate(until, 'the last day of the ring-fence', 'until');
    if (!end.ok) problems.push(['until', end.message, end.inputId]);
    if (start.ok && end.ok && end.iso < start.iso) problems.push(['until', 'The last day of the ring-fence must be on or after its first day']);
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      await create.mutateAsync({
        bandCodes: new Set(bandCodes),
        directorate: directorate.trim() || undefined,
        unitId: unitId || undefined,
        jdFamily: jdFamily.trim() || undefined,
        rebandingIds: new Set(rebandingIds),
        from: isoToDate(start.ok ? start.iso : '') as Date,
        until: isoToDate(end.ok ? end.iso : '') as Date,
      });
      navigate('/ring-fences', flash('The ring-fence rule has been set. It covers vacancies that open while it runs.'));
    });
  };
  const dateError = (id: string) => form.errors.byInputId[id] ?? form.errors.byInputId[`${id}-month`] ?? form.errors.byInputId[`${id}-year`];

  return (
    <>
      <BackLink to="/ring-fences" text="Back to ring-fence rules" />
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Set a ring-fence rule</h1>
          <p className="govuk-body">Leave a choice empty to cover any: no band ticked covers every band.</p>
          <form noValidate onSubmit={submit} aria-label="Set a ring-fence rule">
            <Checkboxes id="bandCodes" legend="Which bands?" values={bandCodes} items={bands.map((band) => ({ value: band.value, text: band.text }))} onChange={setBandCodes} error={form.errors.byInputId.bandCodes} />
            <TextInput id="directorate" label="Directorate (optional)" hint="For example, Interventions" value={directorate} onChange={setDirectorate} error={form.errors.byInputId.directorate} />
            <Select
              id="unitId"
              label="Unit (optional)"
              value={unitId}
              onChange={setUnitId}
              options={[{ value: '', text: 'Any unit' }, ...(units.data?.items ?? []).map((unit) => ({ value: unit.id, text: unit.name }))]}
              error={form.errors.byInputId.unitId}
            />
            <TextInput id="jdFamily" label="Job family (optional)" hint="For example, Treatment Manager" value={jdFamily} onChange={setJdFamily} error={form.errors.byInputId.jdFamily} />
            {applied.length > 0 ? (
              <Checkboxes
                id="rebandingIds"
                legend="Whose pool is it? (optional)"
                hint="The staff at risk from the re-bandings ticked. Tick none for everyone at risk."
                values={rebandingIds}
                items={applied.map((rebanding) => ({ value: rebanding.id, text: `${rebanding.jobDescription.title} re-banding to ${rebanding.outcome.band.name}` }))}
                onChange={setRebandingIds}
                error={form.errors.byInputId.rebandingIds}
              />
            ) : (
              <p className="govuk-body">No re-banding has been applied, so the pool is everyone at risk.</p>
            )}
            <DateInput id="from" legend="First day" hint="Vacancies opening from this day are covered. For example, 1 8 2026" value={from} onChange={setFrom} error={dateError('from')} />
            <DateInput id="until" legend="Last day" hint="For example, 31 1 2027" value={until} onChange={setUntil} error={dateError('until')} />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                Set the rule
              </button>
              <Link className="govuk-link" to="/ring-fences">
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
