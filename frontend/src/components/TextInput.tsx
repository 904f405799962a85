import { Field } from './Field';
import { describedBy } from './fieldClasses';

interface TextInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'password' | 'search' | 'date';
  inputMode?: 'numeric' | 'decimal' | 'text';
  widthClass?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  labelClass?: string;
  prefix?: string;
  suffix?: string;
  groupClass?: string;
}

export function TextInput({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  inputMode,
  widthClass,
  autoComplete,
  spellCheck,
  labelClass,
  prefix,
  suffix,
  groupClass,
}: TextInputProps) {
  const inputClass = ['govuk-input', widthClass, error ? 'govuk-input--error' : ''].filter(Boolean).join(' ');
  const input = (
    <input
      className={inputClass}
      id={id}
      name={id}
      type={type}
      value={value}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      aria-describedby={describedBy(id, hint, error)}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  return (
    <Field id={id} label={label} hint={hint} error={error} labelClass={labelClass} groupClass={groupClass}>
      {prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {prefix && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {suffix && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </Field>
  );
}
