import { type FormEvent, useState } from 'react';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { SingleCheckbox } from '../../components/Checkboxes';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { type FormErrors, hasErrors } from '../../forms/formErrors';
import type { PayStructure } from '../../generated/api';
import { checkBandForm, type PayBandFormValues } from './payBandForm';

interface PayBandFormProps {
  initial: PayBandFormValues;
  structures?: PayStructure[];
  errors: FormErrors;
  submitting: boolean;
  submitText: string;
  onSubmit: (values: PayBandFormValues) => void;
  onClientErrors: (errors: FormErrors) => void;
}

export function PayBandForm({ initial, structures, errors, submitting, submitText, onSubmit, onClientErrors }: PayBandFormProps) {
  const [values, setValues] = useState(initial);
  const creating = structures !== undefined;
  const set = <K extends keyof PayBandFormValues>(key: K) => (value: PayBandFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkBandForm(values, creating);
    if (hasErrors(problems)) {
      onClientErrors(problems);
      return;
    }
    onSubmit(values);
  };

  return (
    <form noValidate onSubmit={submit}>
      {structures && (
        <Select
          id="structureId"
          label="Pay structure"
          value={values.structureId}
          onChange={set('structureId')}
          error={errors.byInputId.structureId}
          options={[{ value: '', text: 'Select a pay structure' }, ...structures.map((s) => ({ value: s.id, text: s.name }))]}
        />
      )}
      <TextInput id="code" label="Code" hint="Letters and digits only, like 4 or 8a" value={values.code} onChange={set('code')} error={errors.byInputId.code} widthClass="govuk-input--width-5" spellCheck={false} />
      <TextInput id="name" label="Name" value={values.name} onChange={set('name')} error={errors.byInputId.name} />
      <TextInput id="rank" label="Rank" hint="Orders bands within the structure; 1 is the lowest" value={values.rank} onChange={set('rank')} error={errors.byInputId.rank} inputMode="numeric" widthClass="govuk-input--width-3" />
      <Textarea id="description" label="Description (optional)" value={values.description} onChange={set('description')} error={errors.byInputId.description} />
      <Radios
        id="openToNewEntrants"
        legend="Open to new entrants"
        inline
        value={values.openToNewEntrants}
        onChange={(value) => set('openToNewEntrants')(value as PayBandFormValues['openToNewEntrants'])}
        error={errors.byInputId.openToNewEntrants}
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
      />
      {!creating && (
        <SingleCheckbox
          id="retired"
          legend="Retired"
          label="Retired"
          hint="A retired band keeps its scales but gets no new ones"
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
