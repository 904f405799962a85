import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../forms/formErrors';
import { CriterionKind, CriterionType } from '../../generated/api';
import { type CriterionRow, criterionFieldId, newCriterionRow } from './jdContentForm';
import { CRITERION_KIND_LABELS, CRITERION_TYPE_LABELS } from './jdLabels';

interface CriteriaFieldsetProps {
  rows: CriterionRow[];
  errors: FormErrors;
  onChange: (rows: CriterionRow[]) => void;
}

const KIND_OPTIONS = [
  { value: '', text: 'Select' },
  ...Object.values(CriterionKind).map((kind) => ({ value: kind, text: CRITERION_KIND_LABELS[kind] })),
];

const TYPE_OPTIONS = [
  { value: '', text: 'Select' },
  ...Object.values(CriterionType).map((type) => ({ value: type, text: CRITERION_TYPE_LABELS[type] })),
];

/** The person specification: essential and desirable criteria, each typed, with add and remove. */
export function CriteriaFieldset({ rows, errors, onChange }: CriteriaFieldsetProps) {
  const update = (index: number, change: Partial<CriterionRow>) =>
    onChange(rows.map((row, r) => (r === index ? { ...row, ...change } : row)));
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Person specification</h2>
        </legend>
        <div className="govuk-hint">
          Qualifications (like PQiP), training (like Core Skills or BBR), experience (like “has delivered the programme
          twice”) and anything else, each essential or desirable
        </div>
        {rows.length === 0 && <p className="govuk-body">No criteria yet.</p>}
        {rows.map((row, index) => (
          <fieldset className="govuk-fieldset app-point" key={row.key} data-criterion-index={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Criterion {index + 1}</legend>
            <div className="app-point__fields">
              <Select
                id={criterionFieldId(index, 'kind')}
                label="Essential or desirable"
                value={row.kind}
                options={KIND_OPTIONS}
                onChange={(kind) => update(index, { kind: kind as CriterionRow['kind'] })}
                error={errors.byInputId[criterionFieldId(index, 'kind')]}
              />
              <Select
                id={criterionFieldId(index, 'type')}
                label="Type"
                value={row.type}
                options={TYPE_OPTIONS}
                onChange={(type) => update(index, { type: type as CriterionRow['type'] })}
                error={errors.byInputId[criterionFieldId(index, 'type')]}
              />
            </div>
            <TextInput
              id={criterionFieldId(index, 'text')}
              label="Criterion"
              value={row.text}
              onChange={(text) => update(index, { text })}
              error={errors.byInputId[criterionFieldId(index, 'text')]}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onChange(rows.filter((_, r) => r !== index))}>
              Remove<span className="govuk-visually-hidden"> criterion {index + 1}</span>
            </button>
          </fieldset>
        ))}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onChange([...rows, newCriterionRow()])}>
          Add criterion
        </button>
      </fieldset>
    </div>
  );
}
