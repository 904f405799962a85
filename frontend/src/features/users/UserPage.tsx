import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { usersApi } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { UserUpdate } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { userKeys, useUser } from './queries';
import { ResetPasswordForm } from './ResetPasswordForm';
import { UserChangeForm } from './UserChangeForm';

const changeResolver = namedFieldsResolver(['displayName', 'roles', 'union', 'enabled']);
const passwordResolver = namedFieldsResolver(['newPassword']);

export function UserPage() {
  const { userId = '' } = useParams();
  const user = useUser(userId);
  const queryClient = useQueryClient();
  const change = useFormSubmit(changeResolver);
  const password = useFormSubmit(passwordResolver);
  const [success, setSuccess] = useState('');
  const errors = [...change.errors.summary, ...password.errors.summary];
  usePageTitle(user.data ? user.data.record.displayName : 'User', errors.length > 0);

  if (!user.data) {
    return <QueryState isPending={user.isPending} error={user.error} />;
  }
  const { record, etag } = user.data;
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: userKeys.user(userId) });
    await queryClient.invalidateQueries({ queryKey: ['users'] });
  };
  const saveChanges = (update: UserUpdate) =>
    change.run(async () => {
      setSuccess('');
      await usersApi.updateUser({ userId, ifMatch: etag, userUpdate: update });
      await refresh();
      setSuccess('The user’s details have been saved');
    });
  const resetPassword = (newPassword: string) =>
    password.run(async () => {
      setSuccess('');
      await usersApi.resetUserPassword({ userId, ifMatch: etag, passwordReset: { newPassword } });
      await refresh();
      setSuccess('The password has been reset');
    });
  const reload = async () => {
    await user.refetch();
    change.reset();
    password.reset();
  };

  return (
    <>
      <BackLink to="/users" />
      {(change.conflict || password.conflict) && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={errors} />
      {success && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-title" data-module="govuk-notification-banner">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="success-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{success}</p>
          </div>
        </div>
      )}
      <span className="govuk-caption-l">{record.username}</span>
      <h1 className="govuk-heading-l">{record.displayName}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <UserChangeForm key={etag} user={record} errors={change.errors} submitting={change.submitting} onSubmit={saveChanges} onClientErrors={change.setErrors} />
          <ResetPasswordForm errors={password.errors} submitting={password.submitting} onSubmit={resetPassword} onClientErrors={password.setErrors} />
        </div>
      </div>
    </>
  );
}
