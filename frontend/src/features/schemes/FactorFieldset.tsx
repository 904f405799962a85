import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import type { FormErrors } from '../../forms/formErrors';
import { type FactorRow, factorFieldId, type LevelRow, levelFieldId, newLevelRow } from './schemeForm';

interface FactorFieldsetProps {
  index: number;
  factor: FactorRow;
  errors: FormErrors;
  canRemove: boolean;
  onChange: (factor: FactorRow) => void;
  onRemove: () => void;
}

/** One factor of the scheme: its name and description, and its levels (numbered by position) with points and descriptor. */
export function FactorFieldset({ index, factor, errors, canRemove, onChange, onRemove }: FactorFieldsetProps) {
  const label = factor.name.trim() || `factor ${index + 1}`;
  const set = (change: Partial<FactorRow>) => onChange({ ...factor, ...change });
  const setLevel = (levelIndex: number, change: Partial<LevelRow>) =>
    set({ levels: factor.levels.map((level, l) => (l === levelIndex ? { ...level, ...change } : level)) });

  return (
    <fieldset className="govuk-fieldset app-point" data-factor-index={index}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        Factor {index + 1}
        {factor.isNew ? '' : `: ${factor.code}`}
      </legend>
      {factor.isNew && (
        <TextInput
          id={factorFieldId(index, 'code')}
          label="Code"
          hint="Capital letters, digits and underscores, like WORKING_CONDITIONS"
          value={factor.code}
          onChange={(code) => set({ code: code.toUpperCase() })}
          error={errors.byInputId[factorFieldId(index, 'code')]}
          widthClass="govuk-input--width-20"
          spellCheck={false}
        />
      )}
      <TextInput
        id={factorFieldId(index, 'name')}
        label="Name"
        value={factor.name}
        onChange={(name) => set({ name })}
        error={errors.byInputId[factorFieldId(index, 'name')]}
      />
      <Textarea
        id={factorFieldId(index, 'description')}
        label="Description (optional)"
        rows={3}
        value={factor.description}
        onChange={(description) => set({ description })}
        error={errors.byInputId[factorFieldId(index, 'description')]}
      />
      {factor.levels.map((level, l) => (
        <fieldset className="govuk-fieldset app-point" key={level.key} data-level={l + 1}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Level {l + 1}
            <span className="govuk-visually-hidden"> of {label}</span>
          </legend>
          <TextInput
            id={levelFieldId(index, l, 'points')}
            label="Points"
            inputMode="numeric"
            widthClass="govuk-input--width-4"
            value={level.points}
            onChange={(points) => setLevel(l, { points })}
            error={errors.byInputId[levelFieldId(index, l, 'points')]}
          />
          <Textarea
            id={levelFieldId(index, l, 'descriptor')}
            label="Descriptor (optional)"
            rows={2}
            value={level.descriptor}
            onChange={(descriptor) => setLevel(l, { descriptor })}
            error={errors.byInputId[levelFieldId(index, l, 'descriptor')]}
          />
          {factor.levels.length > 1 && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => set({ levels: factor.levels.filter((_, other) => other !== l) })}
            >
              Remove level<span className="govuk-visually-hidden"> {l + 1} of {label}</span>
            </button>
          )}
        </fieldset>
      ))}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => set({ levels: [...factor.levels, newLevelRow()] })}>
          Add level<span className="govuk-visually-hidden"> to {label}</span>
        </button>
        {canRemove && (
          <button type="button" className="govuk-button govuk-button--warning" onClick={onRemove}>
            Remove factor<span className="govuk-visually-hidden"> {label}</span>
          </button>
        )}
      </div>
    </fieldset>
  );
}
