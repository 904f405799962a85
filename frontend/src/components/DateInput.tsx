import type { DateParts } from '../format/dates';
import { ErrorMessage } from './ErrorMessage';
import { formGroupClass } from './fieldClasses';

interface DateInputProps {
  /** The day input gets this id, so error links land on it; month and year get `<id>-month`, `<id>-year`. */
  id: string;
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  hint?: string;
  error?: string;
}

const PARTS = [
  { key: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { key: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { key: 'year', label: 'Year', width: 'govuk-input--width-4' },
] as const;

/** The GOV.UK date input pattern: day, month and year in a fieldset. */
export function DateInput({ id, legend, value, onChange, hint, error }: DateInputProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={described}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-date-input" id={`${id}-group`}>
          {PARTS.map((part) => {
            const inputId = part.key === 'day' ? id : `${id}-${part.key}`;
            return (
              <div className="govuk-date-input__item" key={part.key}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {part.label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input ${part.width}${error ? ' govuk-input--error' : ''}`}
                    id={inputId}
                    name={`${id}-${part.key}`}
                    type="text"
                    inputMode="numeric"
                    value={value[part.key]}
                    onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
