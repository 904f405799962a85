import { clientErrors, type FormErrors } from '../../forms/formErrors';

/** What the browser can tell before asking the server: everything missing or mismatched, in page order. */
export function changePasswordErrors(currentPassword: string, newPassword: string, confirmPassword: string): FormErrors {
  const messages: Array<[string, string]> = [];
  if (currentPassword === '') {
    messages.push(['currentPassword', 'Enter your current password']);
  }
  if (newPassword === '') {
    messages.push(['newPassword', 'Enter a new password']);
  } else if (newPassword.length < 12) {
    messages.push(['newPassword', 'Enter a new password of at least 12 characters']);
  }
  if (newPassword !== '' && confirmPassword !== newPassword) {
    messages.push(['confirmPassword', 'Enter the same new password again to confirm it']);
  }
  return clientErrors(messages);
}
