import { Link } from 'react-router-dom';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatTimestamp } from '../../format/dates';
import type { AuditChange, AuditEvent } from '../../generated/api';
import { recordPath } from './recordLinks';

function ChangeLine({ change, created }: { change: AuditChange; created: boolean }) {
  const before = change.oldText ?? 'not set';
  const after = change.newText ?? 'not set';
  return (
    <li>
      <span className="govuk-!-font-weight-bold">{change.label}</span>
      {created ? (
        <>: {after}</>
      ) : (
        <>
          : {before} <span aria-hidden="true">→</span>
          <span className="govuk-visually-hidden"> changed to</span> {after}
        </>
      )}
    </li>
  );
}

function Changes({ event }: { event: AuditEvent }) {
  if (event.changes.length === 0) {
    return <>No fields changed</>;
  }
  const created = event.changes.every((change) => change.oldValue === undefined || change.oldValue === null);
  return (
    <ul className="govuk-list app-audit-changes">
      {event.changes.map((change) => (
        <ChangeLine key={change.field} change={change} created={created} />
      ))}
    </ul>
  );
}

function RecordCell({ event, canManageUsers }: { event: AuditEvent; canManageUsers: boolean }) {
  const path = recordPath(event, canManageUsers);
  return (
    <>
      <span className="govuk-caption-s app-block">{event.recordKind}</span>
      {path ? (
        <Link className="govuk-link" to={path}>
          {event.recordName}
        </Link>
      ) : (
        event.recordName
      )}
    </>
  );
}

interface AuditEventsTableProps {
  caption: string;
  events: AuditEvent[];
  showRecord?: boolean;
  canManageUsers?: boolean;
}

/** Audit events in plain English: when, who, which record (linked), what happened and what changed. */
export function AuditEventsTable({ caption, events, showRecord = false, canManageUsers = false }: AuditEventsTableProps) {
  if (events.length === 0) {
    return <p className="govuk-body">No changes have been recorded.</p>;
  }
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-audit-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">Who</th>
            {showRecord && <th scope="col" className="govuk-table__header">Record</th>}
            <th scope="col" className="govuk-table__header">What happened</th>
            <th scope="col" className="govuk-table__header">Changes</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((event) => (
            <tr className="govuk-table__row" key={event.id} data-event-id={event.id}>
              <td className="govuk-table__cell">{formatTimestamp(event.occurredAt)}</td>
              <td className="govuk-table__cell">{event.actorName}</td>
              {showRecord && (
                <td className="govuk-table__cell">
                  <RecordCell event={event} canManageUsers={canManageUsers} />
                </td>
              )}
              <td className="govuk-table__cell">
                <span className="app-block">{event.actionLabel}</span>
                {event.summary && <span className="govuk-body-s app-secondary-text">{event.summary}</span>}
              </td>
              <td className="govuk-table__cell">
                <Changes event={event} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
