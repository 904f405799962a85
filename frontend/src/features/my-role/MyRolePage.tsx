import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import type { JobDescriptionSummary, QueueEntry } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { daysText, STATUS_COLOURS, STATUS_LABELS } from '../evaluations/labels';
import { OutcomeFactorsTable } from '../evaluations/OutcomeFactorsTable';
import { evaluationPaths } from '../evaluations/paths';
import { useMyRequests, useOutcome } from '../evaluations/queries';
import { versionToEvaluate } from '../job-descriptions/jdVersions';
import { useHeldJobDescriptions, useJobDescription } from '../job-descriptions/queries';

/**
 * A staff member's own page: the job description(s) of the post they hold with the outcome in force and why (each
 * factor's level and the panel's rationale), and every evaluation request they made, with where it stands.
 */
export function MyRolePage() {
  usePageTitle('Your role');
  const { data: profile } = useCurrentUser();
  const held = useHeldJobDescriptions();
  const requests = useMyRequests();

  return (
    <>
      <span className="govuk-caption-l">{profile?.displayName}</span>
      <h1 className="govuk-heading-l">Your role</h1>
      {held.data ? (
        held.data.items.length === 0 ? (
          <p className="govuk-body" data-testid="no-held-post">
            You are not recorded as holding a post yet. If this is wrong, ask HR to record you as the holder of your post’s job
            description.
          </p>
        ) : (
          held.data.items.map((jd) => <HeldPost key={jd.id} jd={jd} />)
        )
      ) : (
        <QueryState isPending={held.isPending} error={held.error} />
      )}
      <h2 className="govuk-heading-l" id="my-requests">
        Your evaluation requests
      </h2>
      {requests.data ? <MyRequests entries={requests.data.items} /> : <QueryState isPending={requests.isPending} error={requests.error} />}
    </>
  );
}

/** One post the user holds: its JD, the outcome in force and why, and a way to ask for it to be evaluated. */
function HeldPost({ jd }: { jd: JobDescriptionSummary }) {
  const detail = useJobDescription(jd.id);
  const record = detail.data?.record;
  const inForce = record?.versions.find((version) => version.id === record.inForceVersionId);
  const outcome = useOutcome(inForce?.outcome?.evaluationId);
  const toEvaluate = record ? versionToEvaluate(record) : undefined;

  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`post-${jd.id}`} data-testid="held-post">
      <h2 className="govuk-heading-m" id={`post-${jd.id}`}>
        {jd.title}
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Job description</dt>
          <dd className="govuk-summary-list__value">
            <Link className="govuk-link" to={`/job-descriptions/${jd.id}`}>
              {jd.reference}
            </Link>
            <span className="app-block">
              {jd.roleFamily}, {jd.directorate}
            </span>
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Band in force</dt>
          <dd className="govuk-summary-list__value" data-testid="band-in-force">
            {jd.band ? `${jd.band.name}${jd.total !== undefined ? `, from a total of ${jd.total} points` : ''}` : 'No outcome in force yet'}
          </dd>
        </div>
        {outcome.data && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">In force since</dt>
            <dd className="govuk-summary-list__value">
              {formatDate(outcome.data.effectiveFrom)}, under {outcome.data.scheme.name} version {outcome.data.scheme.version}
            </dd>
          </div>
        )}
      </dl>
      {outcome.data && (
        <>
          <div className="govuk-inset-text" data-testid="outcome-summary">
            {outcome.data.summary}{' '}
            <Link className="govuk-link" to={evaluationPaths.outcome(outcome.data.evaluationId)}>
              Read the full outcome
            </Link>
          </div>
          <OutcomeFactorsTable factors={outcome.data.factors} total={outcome.data.total} />
        </>
      )}
      {record?.versions.some((version) => version.status === 'UNDER_EVALUATION') ? (
        <p className="govuk-body" data-testid="being-evaluated">
          A new version of this job description is being evaluated now.{' '}
          <a className="govuk-link" href="#my-requests">
            See your evaluation requests
          </a>
        </p>
      ) : toEvaluate && (
        <p className="govuk-body">
          <Link className="govuk-link" to={evaluationPaths.request(toEvaluate.id)}>
            Ask for your role to be evaluated
          </Link>{' '}
          if its duties have changed.
        </p>
      )}
    </section>
  );
}

function MyRequests({ entries }: { entries: QueueEntry[] }) {
  if (entries.length === 0) {
    return <p className="govuk-body">You have not asked for a role to be evaluated.</p>;
  }
  return (
    <ScrollRegion label="Your evaluation requests">
      <table className="govuk-table" data-testid="my-requests">
        <caption className="govuk-table__caption govuk-visually-hidden">Your evaluation requests</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Role</th>
            <th scope="col" className="govuk-table__header">Requested on</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Days waiting</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={evaluationPaths.evaluation(entry.id)}>
                  {entry.title}
                </Link>
                <span className="govuk-body-s app-secondary-text app-block">{entry.reference}</span>
              </th>
              <td className="govuk-table__cell">{formatDate(entry.requestedOn)}</td>
              <td className="govuk-table__cell">
                <Tag text={STATUS_LABELS[entry.status]} colour={STATUS_COLOURS[entry.status]} />
                {entry.overdue && (
                  <>
                    {' '}
                    <Tag text="Overdue" colour="red" />
                  </>
                )}
              </td>
              <td className="govuk-table__cell">{daysText(entry.daysWaiting)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
