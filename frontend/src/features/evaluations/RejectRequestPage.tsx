import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useDecideRequest } from './mutations';
import { evaluationPaths } from './paths';
import { useEvaluation } from './queries';

const resolver = namedFieldsResolver([]);

/** Rejecting a request cannot be undone: HR confirms it, with the reason the requester will read. */
export function RejectRequestPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const decide = useDecideRequest(evaluationId);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const reason = (useLocation().state as { reason?: unknown } | null)?.reason;
  const record = evaluation.data?.record;
  usePageTitle(record ? `Reject the request – ${record.title}` : 'Reject the request', hasErrors(form.errors));

  if (!record || !evaluation.data) {
    return <QueryState isPending={evaluation.isPending} error={evaluation.error} />;
  }
  const back = evaluationPaths.evaluation(evaluationId);
  if (record.status !== 'REQUESTED' || typeof reason !== 'string' || reason.trim() === '') {
    return (
      <>
        <BackLink to={back} text="Back to the evaluation" />
        <h1 className="govuk-heading-l">Reject the request</h1>
        <p className="govuk-body">
          {record.status !== 'REQUESTED' ? 'This request has already been decided.' : 'Choose “Reject” and give the reason on the evaluation page first.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={back}>
            Go to the evaluation
          </Link>
        </p>
      </>
    );
  }
  const etag = evaluation.data.etag;
  const confirm = () =>
    form.run(async () => {
      await decide.mutateAsync({ etag, decision: { decision: 'REJECT', reason: reason.trim() } });
      navigate(back, flash('The request has been rejected. The person who asked can read your reason on the request.'));
    });
  const reload = async () => {
    await evaluation.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={back} text="Back to the evaluation" />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <ConfirmAction
        caption={record.title}
        heading="Are you sure you want to reject this request?"
        warning="A rejected request cannot be reopened. The role is not evaluated, and whoever asked has to make a new request."
        confirmText="Reject the request"
        cancelHref={back}
        cancelText="Cancel and go back to the request"
        busy={form.submitting}
        onConfirm={() => void confirm()}
      >
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Reason for rejection</dt>
            <dd className="govuk-summary-list__value" data-testid="rejection-reason">
              {reason.trim()}
            </dd>
          </div>
        </dl>
        <p className="govuk-body">Whoever asked, and the holders of the post, see this reason on the request.</p>
      </ConfirmAction>
    </>
  );
}
