import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { jobDescriptionsApi } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { clientErrors, type FormErrors, hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { JdContent } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import {
  callNumberingListProblems,
  checkJdContent,
  type JdContentValues,
  jdContentFieldResolver,
  valuesFromContent,
} from './jdContentForm';
import { JdContentFields } from './JdContentFields';
import { jdKeys, useJdVersion } from './queries';

interface JdContentFormProps {
  initial: JdContentValues;
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (content: JdContent) => void;
  onClientErrors: (errors: FormErrors) => void;
}

function JdContentForm({ initial, errors, submitting, onSubmit, onClientErrors }: JdContentFormProps) {
  const [values, setValues] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkJdContent(values);
    if (!check.ok) {
      onClientErrors(clientErrors(check.problems));
      return;
    }
    onSubmit(check.content);
  };
  return (
    <form noValidate onSubmit={submit}>
      <JdContentFields values={values} errors={errors} onChange={setValues} />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        Save changes
      </button>
    </form>
  );
}

export function EditJdVersionPage() {
  const { versionId = '' } = useParams();
  const version = useJdVersion(versionId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormSubmit(jdContentFieldResolver);
  const record = version.data?.record;
  usePageTitle(record ? `Edit ${record.reference}, version ${record.number}` : 'Edit job description version', hasErrors(form.errors));

  if (!version.data || !record) {
    return <QueryState isPending={version.isPending} error={version.error} />;
  }
  const { etag } = version.data;
  const save = (content: JdContent) =>
    form.run(async () => {
      await callNumberingListProblems(() => jobDescriptionsApi.updateJdVersion({ versionId, ifMatch: etag, jdContent: content }));
      await queryClient.invalidateQueries({ queryKey: jdKeys.version(versionId) });
      await queryClient.invalidateQueries({ queryKey: jdKeys.changes(versionId) });
      await queryClient.invalidateQueries({ queryKey: jdKeys.jd(record.jdId) });
      await queryClient.invalidateQueries({ queryKey: jdKeys.all });
      navigate(`/jd-versions/${versionId}`);
    });
  const reload = async () => {
    await version.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={`/jd-versions/${versionId}`} />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">
        {record.reference}, version {record.number}
      </span>
      <h1 className="govuk-heading-l">Edit {record.content.title}</h1>
      {record.status === 'DRAFT' ? (
        <JdContentForm
          key={etag}
          initial={valuesFromContent(record.content)}
          errors={form.errors}
          submitting={form.submitting}
          onSubmit={save}
          onClientErrors={form.setErrors}
        />
      ) : (
        <>
          <p className="govuk-body">Only draft versions can change. Start a new version from the job description instead.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/job-descriptions/${record.jdId}`}>
              Go to {record.reference}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
