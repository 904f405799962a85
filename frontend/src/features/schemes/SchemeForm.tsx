import { type FormEvent, useState } from 'react';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import type { FormErrors } from '../../forms/formErrors';
import type { SchemeInput } from '../../generated/api';
import { BandRangesFieldset } from './BandRangesFieldset';
import { FactorFieldset } from './FactorFieldset';
import { checkSchemeForm, newFactorRow, type SchemeFormValues, type SchemeIdentity } from './schemeForm';

interface SchemeFormProps {
  initial: SchemeFormValues;
  identity: SchemeIdentity;
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (input: SchemeInput) => void;
  onClientErrors: (errors: FormErrors) => void;
}

export function SchemeForm({ initial, identity, errors, submitting, onSubmit, onClientErrors }: SchemeFormProps) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof SchemeFormValues>(key: K) => (value: SchemeFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkSchemeForm(values, identity);
    if (!check.ok) {
      onClientErrors(check.errors);
      return;
    }
    onSubmit(check.input);
  };

  return (
    <form noValidate onSubmit={submit}>
      <TextInput id="name" label="Name" value={values.name} onChange={set('name')} error={errors.byInputId.name} />
      <Textarea id="description" label="Description (optional)" value={values.description} onChange={set('description')} error={errors.byInputId.description} />
      <TextInput
        id="nearBoundaryPoints"
        label="Near-boundary distance"
        hint="A total this many points or fewer from the first score of another band needs a consistency check"
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        value={values.nearBoundaryPoints}
        onChange={set('nearBoundaryPoints')}
        error={errors.byInputId.nearBoundaryPoints}
      />
      <h2 className="govuk-heading-m">Factors</h2>
      {values.factors.map((factor, index) => (
        <FactorFieldset
          key={factor.key}
          index={index}
          factor={factor}
          errors={errors}
          canRemove={values.factors.length > 1}
          onChange={(changed) => set('factors')(values.factors.map((other, f) => (f === index ? changed : other)))}
          onRemove={() => set('factors')(values.factors.filter((_, f) => f !== index))}
        />
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => set('factors')([...values.factors, newFactorRow()])}>
        Add factor
      </button>
      <BandRangesFieldset ranges={values.bandRanges} errors={errors} onChange={set('bandRanges')} />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        Save changes
      </button>
    </form>
  );
}
