import { useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { JobDescriptionCreate } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { flash } from '../../components/flash';
import { newJdFieldResolver } from './jdContentForm';
import { useCreateJobDescription } from './mutations';
import { NewJobDescriptionForm } from './NewJobDescriptionForm';

export function NewJobDescriptionPage() {
  const navigate = useNavigate();
  const create = useCreateJobDescription();
  const form = useFormSubmit(newJdFieldResolver);
  usePageTitle('Create a job description', hasErrors(form.errors));

  const save = (input: JobDescriptionCreate) =>
    form.run(async () => {
      const jd = await create.mutateAsync(input);
      navigate(`/job-descriptions/${jd.id}`, flash(`${jd.title} (${jd.reference}) has been created as a draft`));
    });

  return (
    <>
      <BackLink to="/job-descriptions" />
      <ErrorSummary items={form.errors.summary} />
      <h1 className="govuk-heading-l">Create a job description</h1>
      <p className="govuk-body">The job description starts as a draft, version 1. Submit it for evaluation when it is ready.</p>
      <NewJobDescriptionForm errors={form.errors} submitting={form.submitting} onSubmit={save} onClientErrors={form.setErrors} />
    </>
  );
}
