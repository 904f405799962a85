import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { jobDescriptionsApi } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { JobDescriptionCreate } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { callNumberingListProblems, newJdFieldResolver } from './jdContentForm';
import { NewJobDescriptionForm } from './NewJobDescriptionForm';
import { jdKeys } from './queries';

export function NewJobDescriptionPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormSubmit(newJdFieldResolver);
  usePageTitle('Create a job description', hasErrors(form.errors));

  const save = (create: JobDescriptionCreate) =>
    form.run(async () => {
      const jd = await callNumberingListProblems(() => jobDescriptionsApi.createJobDescription({ jobDescriptionCreate: create }));
      await queryClient.invalidateQueries({ queryKey: jdKeys.all });
      await queryClient.invalidateQueries({ queryKey: jdKeys.filters });
      navigate(`/job-descriptions/${jd.id}`);
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
