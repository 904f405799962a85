import type { AuditEvent } from '../../generated/api';

/**
 * Where the record an audit event is about can be seen, for the roles that read the trail (HR admins and
 * auditors). A pay scale is shown on its band's page; users only to those who manage them; pay structures have no
 * page of their own.
 */
export function recordPath(event: AuditEvent, canManageUsers: boolean): string | undefined {
  switch (event.entityType) {
    case 'PAY_BAND':
      return `/pay-bands/${event.entityId}`;
    case 'PAY_SCALE':
      return event.parentId ? `/pay-bands/${event.parentId}` : undefined;
    case 'USER':
      return canManageUsers ? `/users/${event.entityId}` : undefined;
    case 'SCHEME':
      return `/schemes/${event.entityId}`;
    case 'JOB_DESCRIPTION':
      return `/job-descriptions/${event.entityId}`;
    case 'JD_VERSION':
      return `/jd-versions/${event.entityId}`;
    case 'EVALUATION':
      return `/evaluations/${event.entityId}`;
    default:
      return undefined;
  }
}
