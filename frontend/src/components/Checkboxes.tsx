import { ErrorMessage } from './ErrorMessage';
import { describedBy, formGroupClass } from './fieldClasses';

export interface CheckboxItem {
  value: string;
  text: string;
  hint?: string;
}

interface CheckboxesProps {
  /** The first checkbox gets this id, so error links land on it. */
  id: string;
  legend: string;
  values: readonly string[];
  items: CheckboxItem[];
  onChange: (values: string[]) => void;
  hint?: string;
  error?: string;
  legendVisuallyHidden?: boolean;
}

export function Checkboxes({ id, legend, values, items, onChange, hint, error, legendVisuallyHidden }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((existing) => existing !== value);
    onChange(items.map((item) => item.value).filter((itemValue) => next.includes(itemValue)));
  };
  const legendClass = legendVisuallyHidden ? 'govuk-visually-hidden' : 'govuk-fieldset__legend--s';
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={id}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={`${itemId}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
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

interface SingleCheckboxProps {
  id: string;
  legend: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
}

/** One yes/no checkbox in a fieldset, e.g. "Retired". */
export function SingleCheckbox({ id, legend, label, checked, onChange, hint, error }: SingleCheckboxProps) {
  return (
    <Checkboxes
      id={id}
      legend={legend}
      legendVisuallyHidden
      values={checked ? ['true'] : []}
      items={[{ value: 'true', text: label, hint }]}
      onChange={(values) => onChange(values.includes('true'))}
      error={error}
    />
  );
}
