import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Textarea } from '../../components/Textarea';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useJdVersion } from '../job-descriptions/queries';
import { managesEvaluations } from './access';
import { JdVersionSummary } from './JdVersionSummary';
import { OpenRequestExists, useRequestEvaluation } from './mutations';
import { evaluationPaths } from './paths';

const resolver = namedFieldsResolver(['reason', 'jdVersionId'], { jdVersionId: 'reason' });

/** Ask for a JD version to be evaluated (`/evaluations/request?versionId=...`). One open request per JD. */
export function RequestEvaluationPage() {
  const [searchParams] = useSearchParams();
  const versionId = searchParams.get('versionId') ?? '';
  const version = useJdVersion(versionId);
  const { data: profile } = useCurrentUser();
  const navigate = useNavigate();
  const request = useRequestEvaluation();
  const form = useFormSubmit(resolver);
  const [reason, setReason] = useState('');
  const [openRequestId, setOpenRequestId] = useState<string | undefined>();
  usePageTitle('Request an evaluation', hasErrors(form.errors));

  if (versionId === '') {
    return (
      <>
        <h1 className="govuk-heading-l">Request an evaluation</h1>
        <p className="govuk-body">
          Open the job description you want evaluated and choose “Ask for this role to be evaluated” there.{' '}
          <Link className="govuk-link" to="/job-descriptions">
            Find a job description
          </Link>
        </p>
      </>
    );
  }
  const record = version.data?.record;
  if (!record) {
    return <QueryState isPending={version.isPending} error={version.error} />;
  }
  const title = record.content.title;
  const openId = openRequestId ?? record.openEvaluationId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      form.setErrors(clientErrors([['reason', 'Enter why the role should be evaluated']]));
      return;
    }
    void form.run(async () => {
      try {
        const entry = await request.mutateAsync({ jdVersionId: versionId, reason: reason.trim() });
        navigate(evaluationPaths.evaluation(entry.id), flash(`You have asked for ${title} to be evaluated. HR decides whether to accept the request.`));
      } catch (error) {
        if (error instanceof OpenRequestExists) {
          setOpenRequestId(error.existingId);
        }
        throw error;
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
          {openId && (
            <div className="govuk-inset-text" data-testid="open-request">
              This job description already has an open evaluation request.{' '}
              <Link className="govuk-link" to={evaluationPaths.evaluation(openId)}>
                Follow the open request
              </Link>{' '}
              instead of making a new one.
            </div>
          )}
          <JdVersionSummary version={record} />
          {!openId && (
            <form noValidate onSubmit={submit}>
              <Textarea
                id="reason"
                label="Why should this role be evaluated?"
                hint={
                  profile && managesEvaluations(profile.roles)
                    ? 'For example, the duties have changed since the last evaluation.'
                    : 'For example, the duties have changed since the last evaluation. HR reads this reason when deciding, and you can follow the request afterwards.'
                }
                value={reason}
                onChange={setReason}
                error={form.errors.byInputId.reason}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                Request evaluation
              </button>
            </form>
          )}
        </div>
      </div>
    </>
  );
}
