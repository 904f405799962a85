import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import type { FormErrors } from '../../forms/formErrors';
import { CriteriaFieldset } from './CriteriaFieldset';
import type { JdContentValues } from './jdContentForm';

interface JdContentFieldsProps {
  values: JdContentValues;
  errors: FormErrors;
  onChange: (values: JdContentValues) => void;
}

/** The content of a JD version: title, family, directorate, purpose, duties, programmes and person specification. */
export function JdContentFields({ values, errors, onChange }: JdContentFieldsProps) {
  const set = <K extends keyof JdContentValues>(key: K) => (value: JdContentValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <TextInput id="title" label="Job title" value={values.title} onChange={set('title')} error={errors.byInputId.title} />
      <TextInput
        id="roleFamily"
        label="Role family"
        hint="For example, Intervention Facilitator, Probation Officer or Treatment Manager"
        value={values.roleFamily}
        onChange={set('roleFamily')}
        error={errors.byInputId.roleFamily}
        widthClass="govuk-!-width-two-thirds"
      />
      <TextInput
        id="directorate"
        label="Directorate"
        value={values.directorate}
        onChange={set('directorate')}
        error={errors.byInputId.directorate}
        widthClass="govuk-!-width-two-thirds"
      />
      <Textarea id="purpose" label="Purpose of the job" value={values.purpose} onChange={set('purpose')} error={errors.byInputId.purpose} />
      <Textarea
        id="mainDuties"
        label="Main duties"
        hint="One duty on each line"
        rows={8}
        value={values.mainDuties}
        onChange={set('mainDuties')}
        error={errors.byInputId.mainDuties}
      />
      <Textarea
        id="programmes"
        label="Programmes delivered (optional)"
        hint="Separate programmes with commas or put each on its own line, like TSP, BBR"
        rows={3}
        value={values.programmes}
        onChange={set('programmes')}
        error={errors.byInputId.programmes}
      />
      <CriteriaFieldset rows={values.criteria} errors={errors} onChange={set('criteria')} />
    </>
  );
}
