import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { evaluationsApi } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { Textarea } from '../../components/Textarea';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { managesEvaluations } from './access';
import { flash } from './flash';
import { JdVersionSummary } from './JdVersionSummary';
import { evaluationPaths } from './paths';
import { useJdVersion } from './queries';

const resolver = namedFieldsResolver(['reason', 'jdVersionId'], { jdVersionId: 'reason' });

/** Ask for a JD version to be evaluated (`/evaluations/request?versionId=...`). */
export function RequestEvaluationPage() {
  const [searchParams] = useSearchParams();
  const versionId = searchParams.get('versionId') ?? '';
  const version = useJdVersion(versionId);
  const { data: profile } = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormSubmit(resolver);
  const [reason, setReason] = useState('');
  usePageTitle('Request an evaluation', hasErrors(form.errors));

  if (versionId === '') {
    return (
      <>
        <h1 className="govuk-heading-l">Request an evaluation</h1>
        <p className="govuk-body">
          Open the job description you want evaluated and choose “Request an evaluation” there.{' '}
          <Link className="govuk-link" to="/job-descriptions">
            Find a job description
          </Link>
        </p>
      </>
    );
  }
  if (!version.data) {
    return <QueryState isPending={version.isPending} error={version.error} />;
  }
  const title = version.data.content.title;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      form.setErrors(clientErrors([['reason', 'Enter why the role should be evaluated']]));
      return;
    }
    void form.run(async () => {
      const entry = await evaluationsApi.requestEvaluation({ evaluationRequestCreate: { jdVersionId: versionId, reason: reason.trim() } });
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      const message = `You have asked for ${title} to be evaluated`;
      if (profile && managesEvaluations(profile.roles)) {
        navigate(evaluationPaths.evaluation(entry.id), flash(message));
      } else {
        navigate(evaluationPaths.queue, flash(message));
      }
    });
  };

  return (
    <>
      <BackLink to={evaluationPaths.jdVersion(versionId)} text="Back to the job description" />
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{title}</span>
      <h1 className="govuk-heading-l">Request an evaluation</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <JdVersionSummary version={version.data} />
          <form noValidate onSubmit={submit}>
            <Textarea
              id="reason"
              label="Why should this role be evaluated?"
              hint="For example, the duties have changed since the last evaluation. HR sees this reason when deciding."
              value={reason}
              onChange={setReason}
              error={form.errors.byInputId.reason}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
              Request evaluation
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
