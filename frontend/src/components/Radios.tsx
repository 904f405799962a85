import { ErrorMessage } from './ErrorMessage';
import { describedBy, formGroupClass } from './fieldClasses';

export interface RadioItem {
  value: string;
  text: string;
  hint?: string;
}

interface RadiosProps {
  /** The first radio gets this id, so error links land on it. */
  id: string;
  legend: string;
  value: string;
  items: RadioItem[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  inline?: boolean;
}

export function Radios({ id, legend, value, items, onChange, hint, error, inline = false }: RadiosProps) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={id}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                  onChange={() => onChange(item.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={`${itemId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
