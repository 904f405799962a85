import { Link } from 'react-router-dom';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import type { EvaluationStatus, QueueEntry } from '../../generated/api';

const STATUS_TEXT: Record<EvaluationStatus, string> = {
  REQUESTED: 'Waiting for a decision',
  ACCEPTED: 'Accepted, waiting for a panel',
  IN_PANEL: 'With the panel',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
};

/** Queue entries for a home page: the role (linked to its evaluation), where it stands and how long it has waited. */
export function HomeQueueTable({ caption, entries }: { caption: string; entries: QueueEntry[] }) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Role</th>
            <th scope="col" className="govuk-table__header">Where it stands</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Days waiting</th>
            <th scope="col" className="govuk-table__header">Next step due</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/evaluations/${entry.id}`}>
                  {entry.title}
                </Link>
                <span className="govuk-body-s app-secondary-text app-block">{entry.directorate}</span>
              </td>
              <td className="govuk-table__cell">{STATUS_TEXT[entry.status] ?? entry.status}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{entry.daysWaiting}</td>
              <td className="govuk-table__cell">
                {formatDate(entry.targetDate)} {entry.overdue && <Tag text="Overdue" colour="red" />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
