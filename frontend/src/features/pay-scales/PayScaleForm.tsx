import { type FormEvent, useState } from 'react';
import { SingleCheckbox } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import type { FormErrors } from '../../forms/formErrors';
import type { PayZone } from '../../generated/api';
import { PayPointsFieldset } from './PayPointsFieldset';
import { checkScaleForm, type ScaleFields, type ScaleFormValues } from './scaleForm';

interface PayScaleFormProps {
  initial: ScaleFormValues;
  /** Zones to choose from when adding; a scale's zone cannot be changed afterwards. */
  zones?: PayZone[];
  editing: boolean;
  errors: FormErrors;
  submitting: boolean;
  submitText: string;
  onSubmit: (fields: ScaleFields, values: ScaleFormValues) => void;
  onClientErrors: (errors: FormErrors) => void;
}

export function PayScaleForm({ initial, zones, editing, errors, submitting, submitText, onSubmit, onClientErrors }: PayScaleFormProps) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof ScaleFormValues>(key: K) => (value: ScaleFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkScaleForm(values);
    if (!checked.ok) {
      onClientErrors(checked.errors);
      return;
    }
    onSubmit(checked.fields, values);
  };

  return (
    <form noValidate onSubmit={submit}>
      {zones && (
        <Select
          id="zone"
          label="Pay zone"
          value={values.zone}
          onChange={set('zone')}
          error={errors.byInputId.zone}
          options={zones.map((zone) => ({ value: zone.code, text: zone.name }))}
        />
      )}
      <DateInput
        id="effectiveFrom"
        legend="Effective from"
        hint="The first day this scale is in force, for example 1 4 2027"
        value={values.effectiveFrom}
        onChange={set('effectiveFrom')}
        error={errors.byInputId.effectiveFrom}
      />
      <Radios
        id="status"
        legend="Status"
        value={values.status}
        onChange={(value) => set('status')(value as ScaleFormValues['status'])}
        error={errors.byInputId.status}
        items={[
          { value: 'AGREED', text: 'Agreed', hint: 'In force from the effective date' },
          { value: 'PROPOSED', text: 'Proposed', hint: 'A draft still under negotiation' },
        ]}
      />
      <Textarea id="note" label="Note (optional)" rows={3} value={values.note} onChange={set('note')} error={errors.byInputId.note} />
      <PayPointsFieldset rows={values.points} errors={errors} onChange={set('points')} />
      {editing && (
        <SingleCheckbox
          id="retired"
          legend="Retired"
          label="Retired"
          hint="A retired scale no longer counts for salary ranges"
          checked={values.retired}
          onChange={set('retired')}
          error={errors.byInputId.retired}
        />
      )}
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        {submitText}
      </button>
    </form>
  );
}
