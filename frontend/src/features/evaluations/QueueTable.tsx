import { Link } from 'react-router-dom';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import type { QueueEntry, Role } from '../../generated/api';
import { EVALUATION_READERS, hasAnyRole } from '../../auth/roles';
import { mayOpenEvaluation } from './access';
import { daysText, REQUESTER_LABELS, STATUS_COLOURS, STATUS_LABELS } from './labels';
import { evaluationPaths } from './paths';
import { ScrollRegion } from '../../components/ScrollRegion';

interface QueueTableProps {
  entries: QueueEntry[];
  roles: Iterable<Role>;
}

/**
 * Where the role's title leads: the evaluation for those who may open it (HR, auditors, its panel, whoever asked and
 * the post's holders), the outcome once published, else the job description anyone may read.
 */
function entryHref(entry: QueueEntry, roles: Iterable<Role>): string {
  if (entry.status === 'PUBLISHED' && !hasAnyRole(roles, EVALUATION_READERS) && !entry.onMyPanel) {
    return evaluationPaths.outcome(entry.id);
  }
  if (mayOpenEvaluation(roles, entry)) {
    return evaluationPaths.evaluation(entry.id);
  }
  return evaluationPaths.jobDescription(entry.jdId);
}

export function QueueTable({ entries, roles }: QueueTableProps) {
  const roleList = [...roles];
  return (
    <ScrollRegion label="Evaluation requests">
      <table className="govuk-table" data-testid="evaluation-queue">
        <caption className="govuk-table__caption govuk-table__caption--m">Evaluation requests</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Role</th>
            <th scope="col" className="govuk-table__header">Directorate</th>
            <th scope="col" className="govuk-table__header">Requested by</th>
            <th scope="col" className="govuk-table__header">Requested on</th>
            <th scope="col" className="govuk-table__header">Priority</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Waiting</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.id} data-evaluation-id={entry.id} data-reference={entry.reference}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={entryHref(entry, roleList)}>
                  {entry.title}
                </Link>
                <span className="govuk-body-s app-secondary-text app-block">
                  {entry.reference}
                  {entry.jdVersionNumber !== undefined && `, version ${entry.jdVersionNumber}`}
                </span>
              </th>
              <td className="govuk-table__cell">{entry.directorate}</td>
              <td className="govuk-table__cell">{REQUESTER_LABELS[entry.requesterType]}</td>
              <td className="govuk-table__cell">{formatDate(entry.requestedOn)}</td>
              <td className="govuk-table__cell">{entry.priority ?? 'Not set'}</td>
              <td className="govuk-table__cell">
                <Tag text={STATUS_LABELS[entry.status]} colour={STATUS_COLOURS[entry.status]} />
                {entry.awaitingSignOff && (
                  <span className="app-block govuk-!-margin-top-1">
                    <Tag text="Waiting for sign-off" colour="yellow" />
                  </span>
                )}
                {(entry.requestedByMe || entry.heldByMe) && (
                  <span className="govuk-body-s app-secondary-text app-block">{entry.requestedByMe ? 'You asked for this' : 'Your post'}</span>
                )}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {daysText(entry.daysWaiting)}
                {entry.overdue && (
                  <>
                    {' '}
                    <Tag text="Overdue" colour="red" />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
