import { formatTimestamp } from '../../format/dates';
import type { AuditChange, AuditEvent } from '../../generated/api';

const ACTION_LABELS: Record<AuditEvent['action'], string> = {
  CREATED: 'Created',
  UPDATED: 'Changed',
  RETIRED: 'Retired',
  DISABLED: 'Disabled',
  ENABLED: 'Enabled',
  PASSWORD_RESET: 'Password reset',
  ACTIVATED: 'Activated',
  VERSIONED: 'New version started',
  SUBMITTED: 'Submitted',
  RETURNED_TO_DRAFT: 'Returned to draft',
  HOLDERS_CHANGED: 'Post holders changed',
  REQUESTED: 'Evaluation requested',
  ACCEPTED: 'Request accepted',
  REJECTED: 'Request rejected',
  PANEL_SET: 'Panel set',
  LEVEL_AGREED: 'Level agreed',
  CHECKED: 'Consistency checked',
  PUBLISHED: 'Outcome published',
  IN_FORCE: 'In force',
  SUPERSEDED: 'Superseded',
};

const ENTITY_LABELS: Record<AuditEvent['entityType'], string> = {
  USER: 'User',
  PAY_STRUCTURE: 'Pay structure',
  PAY_BAND: 'Pay band',
  PAY_SCALE: 'Pay scale',
  SCHEME: 'Scheme',
  JOB_DESCRIPTION: 'Job description',
  JD_VERSION: 'JD version',
  EVALUATION: 'Evaluation',
};

function changeText(change: AuditChange): string {
  return `${change.field}: ${change.oldValue ?? '(none)'} → ${change.newValue ?? '(none)'}`;
}

function Changes({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) {
    return <>None recorded</>;
  }
  return (
    <ul className="govuk-list app-audit-changes">
      {changes.map((change) => (
        <li key={change.field}>{changeText(change)}</li>
      ))}
    </ul>
  );
}

interface AuditEventsTableProps {
  caption: string;
  events: AuditEvent[];
  showRecordType?: boolean;
}

export function AuditEventsTable({ caption, events, showRecordType = false }: AuditEventsTableProps) {
  if (events.length === 0) {
    return <p className="govuk-body">No changes have been recorded.</p>;
  }
  return (
    <table className="govuk-table app-audit-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">When</th>
          <th scope="col" className="govuk-table__header">Who</th>
          {showRecordType && <th scope="col" className="govuk-table__header">Record</th>}
          <th scope="col" className="govuk-table__header">Action</th>
          <th scope="col" className="govuk-table__header">Summary</th>
          <th scope="col" className="govuk-table__header">Changes</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {events.map((event) => (
          <tr className="govuk-table__row" key={event.id}>
            <td className="govuk-table__cell">{formatTimestamp(event.occurredAt)}</td>
            <td className="govuk-table__cell">{event.actor}</td>
            {showRecordType && <td className="govuk-table__cell">{ENTITY_LABELS[event.entityType]}</td>}
            <td className="govuk-table__cell">{ACTION_LABELS[event.action]}</td>
            <td className="govuk-table__cell">{event.summary ?? ''}</td>
            <td className="govuk-table__cell">
              <Changes changes={event.changes} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
