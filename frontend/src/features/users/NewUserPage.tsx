import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usersApi } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Role } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { unionFor } from './unions';
import { RolesAndUnion } from './userFields';

const resolver = namedFieldsResolver(['username', 'displayName', 'password', 'roles', 'union']);

export function NewUserPage() {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [union, setUnion] = useState('');
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle('Add a user', hasErrors(form.errors));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = clientErrors([
      ...(username.trim() === '' ? [['username', 'Enter a username'] as [string, string]] : []),
      ...(displayName.trim() === '' ? [['displayName', 'Enter the person’s name'] as [string, string]] : []),
      ...(password.length < 12 ? [['password', 'Enter an initial password of at least 12 characters'] as [string, string]] : []),
      ...(roles.length === 0 ? [['roles', 'Select at least one role'] as [string, string]] : []),
    ]);
    if (hasErrors(problems)) {
      form.setErrors(problems);
      return;
    }
    void form.run(async () => {
      const user = await usersApi.createUser({
        userCreate: { username: username.trim(), displayName: displayName.trim(), password, roles: new Set(roles), union: unionFor(roles, union) },
      });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      navigate(`/users/${user.id}`);
    });
  };

  return (
    <>
      <BackLink to="/users" />
      <ErrorSummary items={form.errors.summary} />
      <h1 className="govuk-heading-l">Add a user</h1>
      <form noValidate onSubmit={submit}>
        <TextInput id="username" label="Username" hint="Lower-case letters, digits, dots, dashes and underscores" value={username} onChange={setUsername} error={form.errors.byInputId.username} spellCheck={false} autoComplete="off" widthClass="govuk-!-width-one-half" />
        <TextInput id="displayName" label="Name" value={displayName} onChange={setDisplayName} error={form.errors.byInputId.displayName} autoComplete="off" />
        <TextInput id="password" label="Initial password" hint="At least 12 characters. Give it to the person securely." type="password" value={password} onChange={setPassword} error={form.errors.byInputId.password} autoComplete="new-password" widthClass="govuk-!-width-one-half" />
        <RolesAndUnion roles={roles} union={union} errors={form.errors} onRolesChange={setRoles} onUnionChange={setUnion} />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
          Add user
        </button>
      </form>
    </>
  );
}
