import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { hasAnyRole, Role } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { JdStatus } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { JdVersionActions } from './JdVersionActions';
import { JdVersionContent } from './JdVersionContent';
import { JdVersionSummaryList } from './JdVersionSummaryList';
import { useJdVersion } from './queries';
import { JD_EDITORS } from './roles';
import { useFlash } from '../../components/flash';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useChangeJdVersionStatus } from './mutations';

const noFields = () => undefined;

const STATUS_CHANGE_MESSAGES: Partial<Record<JdStatus, string>> = {
  SUBMITTED: 'This version has been submitted for evaluation',
  DRAFT: 'This version is a draft again',
};

export function JdVersionPage() {
  const { versionId = '' } = useParams();
  const version = useJdVersion(versionId);
  const { data: profile } = useCurrentUser();
  const flashed = useFlash();
  const actions = useFormSubmit(noFields);
  const [success, setSuccess] = useState('');
  const record = version.data?.record;
  const changeVersionStatus = useChangeJdVersionStatus(versionId, record?.jdId ?? '');
  usePageTitle(record ? `${record.content.title} (${record.reference}), version ${record.number}` : 'Job description version', hasErrors(actions.errors));

  if (!version.data || !record) {
    return <QueryState isPending={version.isPending} error={version.error} />;
  }
  const { etag } = version.data;
  const changeStatus = (status: JdStatus) =>
    actions.run(async () => {
      setSuccess('');
      await changeVersionStatus.mutateAsync({ etag, status });
      setSuccess(STATUS_CHANGE_MESSAGES[status] ?? '');
    });
  const reload = async () => {
    await version.refetch();
    actions.reset();
  };

  return (
    <>
      <BackLink to={`/job-descriptions/${record.jdId}`} text="Back to the job description" />
      {actions.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={actions.errors.summary} />
      <SuccessBanner message={success || flashed} />
      <span className="govuk-caption-l">
        {record.reference}, version {record.number}
      </span>
      <h1 className="govuk-heading-l">{record.content.title}</h1>
      {profile && hasAnyRole(profile.roles, JD_EDITORS) && (
        <JdVersionActions version={record} busy={actions.submitting} onChangeStatus={changeStatus} />
      )}
      <JdVersionSummaryList
        version={record}
        opensEvaluation={profile !== undefined && profile !== null && hasAnyRole(profile.roles, [Role.HrAdmin, Role.HrEvaluator, Role.Auditor, Role.UnionRep])}
      />
      {record.number > 1 && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/jd-versions/${record.id}/changes`}>
            What changed from version {record.number - 1}
          </Link>
        </p>
      )}
      <JdVersionContent content={record.content} />
    </>
  );
}
