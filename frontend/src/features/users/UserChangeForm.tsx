import { type FormEvent, useState } from 'react';
import { SingleCheckbox } from '../../components/Checkboxes';
import { TextInput } from '../../components/TextInput';
import { clientErrors, type FormErrors, hasErrors } from '../../forms/formErrors';
import type { Role, User, UserUpdate } from '../../generated/api';
import { unionFor } from './unions';
import { RolesAndUnion } from './userFields';

interface UserChangeFormProps {
  user: User;
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (update: UserUpdate) => void;
  onClientErrors: (errors: FormErrors) => void;
}

export function UserChangeForm({ user, errors, submitting, onSubmit, onClientErrors }: UserChangeFormProps) {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>([...user.roles]);
  const [union, setUnion] = useState<string>(user.union ?? '');
  const [enabled, setEnabled] = useState(user.enabled);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = clientErrors([
      ...(displayName.trim() === '' ? [['displayName', 'Enter the person’s name'] as [string, string]] : []),
      ...(roles.length === 0 ? [['roles', 'Select at least one role'] as [string, string]] : []),
    ]);
    if (hasErrors(problems)) {
      onClientErrors(problems);
      return;
    }
    onSubmit({ displayName: displayName.trim(), roles: new Set(roles), union: unionFor(roles, union), enabled });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="change-user-heading">
      <h2 className="govuk-heading-m" id="change-user-heading">
        Change details and roles
      </h2>
      <TextInput id="displayName" label="Name" value={displayName} onChange={setDisplayName} error={errors.byInputId.displayName} autoComplete="off" />
      <RolesAndUnion roles={roles} union={union} errors={errors} onRolesChange={setRoles} onUnionChange={setUnion} />
      <SingleCheckbox
        id="enabled"
        legend="Account"
        label="Account enabled"
        hint="Clearing this disables the account and ends the person’s sessions at once"
        checked={enabled}
        onChange={setEnabled}
        error={errors.byInputId.enabled}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        Save changes
      </button>
    </form>
  );
}
