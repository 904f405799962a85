import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../forms/formErrors';
import { newPointRow, nextPointNumber, type PointRow, pointNumberId, pointSalaryId } from './scaleForm';

interface PayPointsFieldsetProps {
  rows: PointRow[];
  errors: FormErrors;
  onChange: (rows: PointRow[]) => void;
}

/** The repeating list of pay points: number and annual salary in pounds, with add and remove. */
export function PayPointsFieldset({ rows, errors, onChange }: PayPointsFieldsetProps) {
  const update = (index: number, change: Partial<PointRow>) =>
    onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...change } : row)));
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Pay points</h2>
        </legend>
        <div className="govuk-hint">Salaries in pounds, like 37909 or 37,909.50, rising with the point number</div>
        {rows.map((row, index) => (
          <fieldset className="govuk-fieldset app-point" key={row.key} data-point-index={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Pay point {index + 1}</legend>
            <div className="app-point__fields">
              <TextInput
                id={pointNumberId(index)}
                groupClass="app-point__field"
                inputMode="decimal"
                spellCheck={false}
                label="Point number"
                value={row.number}
                error={errors.byInputId[pointNumberId(index)]}
                widthClass="govuk-input--width-3"
                onChange={(number) => update(index, { number })}
              />
              <TextInput
                id={pointSalaryId(index)}
                groupClass="app-point__field"
                inputMode="decimal"
                spellCheck={false}
                label="Annual salary"
                prefix="£"
                value={row.salary}
                error={errors.byInputId[pointSalaryId(index)]}
                widthClass="govuk-input--width-10"
                onChange={(salary) => update(index, { salary })}
              />
              {rows.length > 1 && (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary app-point__remove"
                  onClick={() => onChange(rows.filter((_, rowIndex) => rowIndex !== index))}
                >
                  Remove<span className="govuk-visually-hidden"> pay point {index + 1}</span>
                </button>
              )}
            </div>
          </fieldset>
        ))}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onChange([...rows, newPointRow(nextPointNumber(rows))])}
        >
          Add another point
        </button>
      </fieldset>
    </div>
  );
}
