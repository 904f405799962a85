import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { TextInput } from '../../components/TextInput';
import { dateToIso, formatDate } from '../../format/dates';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { ScaleStatus } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { usePayScale, usePayZones } from '../pay-bands/queries';
import { zoneNameFor } from '../pay-bands/zones';
import { checkCopyForm, copyFieldResolver, type CopyFormValues, EMPTY_COPY } from './copyForm';
import { useCopyPayScale } from './mutations';
import { PayPointsTable } from './PayPointsTable';

/** Makes next year's scale from this one: same band, zone and points, every salary raised by a percentage. */
export function CopyPayScalePage() {
  const { scaleId = '' } = useParams();
  const scale = usePayScale(scaleId);
  const zones = usePayZones();
  const navigate = useNavigate();
  const copy = useCopyPayScale(scaleId);
  const form = useFormSubmit(copyFieldResolver);
  const [values, setValues] = useState<CopyFormValues>(EMPTY_COPY);
  usePageTitle('Copy a pay scale with an uplift', hasErrors(form.errors));

  if (!scale.data) {
    return <QueryState isPending={scale.isPending} error={scale.error} />;
  }
  const source = scale.data.record;
  const zoneName = zoneNameFor(zones.data?.items ?? [], source.zone);
  const sourceName = `Band ${source.bandCode} ${zoneName} scale from ${formatDate(source.effectiveFrom)}`;
  const set = <K extends keyof CopyFormValues>(key: K) => (value: CopyFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCopyForm(values, dateToIso(source.effectiveFrom));
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    void form.run(async () => {
      const created = await copy.mutateAsync(checked.fields);
      navigate(
        `/pay-bands/${source.bandId}`,
        flash(`Band ${created.bandCode} ${zoneName} scale from ${formatDate(created.effectiveFrom)} added with a ${checked.fields.upliftPercent}% uplift`),
      );
    });
  };

  return (
    <>
      <BackLink to={`/pay-bands/${source.bandId}`} />
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{sourceName}</span>
      <h1 className="govuk-heading-l">Copy a pay scale with an uplift</h1>
      <p className="govuk-body">
        The new scale has the same pay points as this one, for the same band and pay zone. Each salary is raised by the
        uplift and rounded to the nearest penny (half a penny rounds up).
      </p>
      <PayPointsTable caption="Pay points of the scale you are copying" points={source.points} />
      <form noValidate onSubmit={submit}>
        <DateInput
          id="effectiveFrom"
          legend="Date the new scale takes effect"
          hint={`After ${formatDate(source.effectiveFrom)}. For example, 1 4 2027`}
          value={values.effectiveFrom}
          onChange={set('effectiveFrom')}
          error={form.errors.byInputId.effectiveFrom}
        />
        <Radios
          id="status"
          legend="Status of the new scale"
          value={values.status}
          onChange={(value) => set('status')(value as ScaleStatus)}
          error={form.errors.byInputId.status}
          items={[
            { value: 'AGREED', text: 'Agreed', hint: 'In force from the date it takes effect' },
            { value: 'PROPOSED', text: 'Proposed', hint: 'A draft still under negotiation' },
          ]}
        />
        <TextInput
          id="upliftPercent"
          label="Uplift"
          hint="The percentage added to every salary, for example 3.5"
          inputMode="decimal"
          spellCheck={false}
          suffix="%"
          widthClass="govuk-input--width-5"
          value={values.upliftPercent}
          onChange={set('upliftPercent')}
          error={form.errors.byInputId.upliftPercent}
        />
        <Textarea id="note" label="Note (optional)" rows={3} value={values.note} onChange={set('note')} error={form.errors.byInputId.note} />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
          Add the new scale
        </button>
      </form>
    </>
  );
}
