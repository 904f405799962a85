import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { formGroupClass } from './fieldClasses';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  labelClass?: string;
  groupClass?: string;
  children: ReactNode;
}

/** The GOV.UK form group around one control: label, hint and error message, tied to the control's id. */
export function Field({ id, label, hint, error, labelClass, groupClass, children }: FieldProps) {
  return (
    <div className={formGroupClass(error, groupClass)}>
      <label className={['govuk-label', labelClass].filter(Boolean).join(' ')} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}
