import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { clientErrors, type FormErrors, hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { JdContent } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { flash } from '../../components/flash';
import {
  checkJdContent,
  type JdContentValues,
  jdContentFieldResolver,
  valuesFromContent,
} from './jdContentForm';
import { JdContentFields } from './JdContentFields';
import { useRewriteJdVersion } from './mutations';
import { useJdVersion } from './queries';

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
  const form = useFormSubmit(jdContentFieldResolver);
  const record = version.data?.record;
  const rewrite = useRewriteJdVersion(versionId, record?.jdId ?? '');
  usePageTitle(record ? `Edit ${record.reference}, version ${record.number}` : 'Edit job description version', hasErrors(form.errors));

  if (!version.data || !record) {
    return <QueryState isPending={version.isPending} error={version.error} />;
  }
  const { etag } = version.data;
  const save = (content: JdContent) =>
    form.run(async () => {
      await rewrite.mutateAsync({ etag, content });
      navigate(`/jd-versions/${versionId}`, flash('Your changes to the draft have been saved'));
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
