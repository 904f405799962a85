import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { safeReturnTo } from '../../auth/returnTo';
import { useCurrentUser } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { TextInput } from '../../components/TextInput';
import { namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { changePasswordErrors } from './changePasswordErrors';
import { useChangeOwnPassword } from './mutations';

const resolver = namedFieldsResolver(['currentPassword', 'newPassword', 'confirmPassword']);

/**
 * "Change your password", for every signed-in user (linked beside "Sign out"). A user who signed in with a password
 * someone else chose (the bootstrap admin) is sent here first and can go nowhere else until they have changed it.
 */
export function ChangePasswordPage() {
  const { data: profile, isPending, error } = useCurrentUser();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [searchParams] = useSearchParams();
  const [changed, setChanged] = useState(false);
  const form = useFormSubmit(resolver);
  const changePassword = useChangeOwnPassword();
  usePageTitle('Change your password', form.errors.summary.length > 0);

  if (!profile) {
    return <QueryState isPending={isPending} error={error} />;
  }
  const required = profile.mustChangePassword;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = changePasswordErrors(currentPassword, newPassword, confirmPassword);
    if (problems.summary.length > 0) {
      form.setErrors(problems);
      return;
    }
    await form.run(async () => {
      setChanged(false);
      await changePassword.mutateAsync({ currentPassword, newPassword });
      setChanged(true);
    });
    setCurrentPassword('');
    setNewPassword('');
    setConfirmPassword('');
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={form.errors.summary} />
        <SuccessBanner message={changed ? 'Your password has been changed' : undefined}>
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to={safeReturnTo(searchParams.get('returnTo'))}>
              Continue to Bandwise
            </Link>
          </p>
        </SuccessBanner>
        <h1 className="govuk-heading-l">Change your password</h1>
        {required ? (
          <div className="govuk-inset-text" data-testid="password-change-required">
            You signed in with a password someone else chose. Choose your own password before you continue.
          </div>
        ) : (
          <p className="govuk-body">Changing your password signs you out on every other device.</p>
        )}
        <form noValidate onSubmit={submit}>
          <TextInput
            id="currentPassword"
            label={required ? 'The password you signed in with' : 'Current password'}
            type="password"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={form.errors.byInputId.currentPassword}
            autoComplete="current-password"
            widthClass="govuk-!-width-one-half"
          />
          <TextInput
            id="newPassword"
            label="New password"
            hint="At least 12 characters, not containing your username. A few unrelated words make a strong password."
            type="password"
            value={newPassword}
            onChange={setNewPassword}
            error={form.errors.byInputId.newPassword}
            autoComplete="new-password"
            widthClass="govuk-!-width-one-half"
          />
          <TextInput
            id="confirmPassword"
            label="Confirm new password"
            type="password"
            value={confirmPassword}
            onChange={setConfirmPassword}
            error={form.errors.byInputId.confirmPassword}
            autoComplete="new-password"
            widthClass="govuk-!-width-one-half"
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
            Change password
          </button>
        </form>
      </div>
    </div>
  );
}
