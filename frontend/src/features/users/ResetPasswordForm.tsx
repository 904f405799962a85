import { type FormEvent, useState } from 'react';
import { TextInput } from '../../components/TextInput';
import { clientErrors, type FormErrors } from '../../forms/formErrors';

interface ResetPasswordFormProps {
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (newPassword: string) => Promise<void>;
  onClientErrors: (errors: FormErrors) => void;
}

export function ResetPasswordForm({ errors, submitting, onSubmit, onClientErrors }: ResetPasswordFormProps) {
  const [newPassword, setNewPassword] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (newPassword.length < 12) {
      onClientErrors(clientErrors([['newPassword', 'Enter a new password of at least 12 characters']]));
      return;
    }
    await onSubmit(newPassword);
    setNewPassword('');
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="reset-password-heading">
      <h2 className="govuk-heading-m" id="reset-password-heading">
        Reset password
      </h2>
      <TextInput
        id="newPassword"
        label="New password"
        hint="At least 12 characters. Resetting it signs the person out everywhere."
        type="password"
        value={newPassword}
        onChange={setNewPassword}
        error={errors.byInputId.newPassword}
        autoComplete="new-password"
        widthClass="govuk-!-width-one-half"
      />
      <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={submitting}>
        Reset password
      </button>
    </form>
  );
}
