import { type DateParts, isoToDate, isoToDateParts } from '../../format/dates';
import { EntityType, type ListAuditEventsRequest } from '../../generated/api';
import { pageFromSearchParams } from './pageParam';

/** The audit trail's filters as they stand in the page's address (`?actor=admin&from=2026-04-01`). */
export interface AuditFilter {
  actor: string;
  entityType: '' | EntityType;
  entityId: string;
  from: string;
  to: string;
  page: number;
}

export const RECORD_KINDS: Array<{ value: EntityType; text: string }> = [
  { value: EntityType.User, text: 'Users' },
  { value: EntityType.PayStructure, text: 'Pay structures' },
  { value: EntityType.PayBand, text: 'Pay bands' },
  { value: EntityType.PayScale, text: 'Pay scales' },
  { value: EntityType.Scheme, text: 'Job evaluation schemes' },
  { value: EntityType.JobDescription, text: 'Job descriptions' },
  { value: EntityType.JdVersion, text: 'Job description versions' },
  { value: EntityType.Evaluation, text: 'Evaluations' },
  { value: EntityType.StaffImport, text: 'Staff imports' },
  { value: EntityType.Staff, text: 'Staff records' },
  { value: EntityType.Rebanding, text: 'Re-bandings' },
  { value: EntityType.Protection, text: 'Pay protections' },
  { value: EntityType.Appeal, text: 'Appeals' },
  { value: EntityType.BankHoliday, text: 'Bank holidays' },
  { value: EntityType.Vacancy, text: 'Vacancies' },
  { value: EntityType.RingFence, text: 'Ring-fence rules' },
  { value: EntityType.Offer, text: 'Offers' },
  { value: EntityType.StaffCriteria, text: 'Criteria held' },
  { value: EntityType.StatutoryPriority, text: 'Statutory priority' },
];

const KINDS = new Set<string>(Object.values(EntityType));
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Reads the filters, ignoring anything malformed in a hand-edited address. */
export function filterFromSearchParams(params: URLSearchParams): AuditFilter {
  const kind = params.get('entityType') ?? '';
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO.test(value) && isoToDate(value) !== undefined ? value : '';
  };
  const entityId = params.get('entityId') ?? '';
  return {
    actor: (params.get('actor') ?? '').trim(),
    entityType: KINDS.has(kind) ? (kind as EntityType) : '',
    entityId: UUID.test(entityId) ? entityId : '',
    from: date('from'),
    to: date('to'),
    page: pageFromSearchParams(params),
  };
}

/** The address's query string for a filter (empty filters left out; page 1 left out). */
export function searchFor(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.entityType) params.set('entityType', filter.entityType);
  if (filter.entityId) params.set('entityId', filter.entityId);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.page > 1) params.set('page', String(filter.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The generated client's request for the list (without paging). */
export function apiFilter(filter: AuditFilter): Omit<ListAuditEventsRequest, 'page' | 'size'> {
  return {
    actor: filter.actor || undefined,
    entityType: filter.entityType || undefined,
    entityId: filter.entityId || undefined,
    from: filter.from ? isoToDate(filter.from) : undefined,
    to: filter.to ? isoToDate(filter.to) : undefined,
  };
}

/** Where the same filtered trail downloads as CSV. */
export function csvHref(filter: AuditFilter): string {
  return `/api/v1/audit-events/export${searchFor({ ...filter, page: 1 })}`;
}

export function hasFilters(filter: AuditFilter): boolean {
  return Boolean(filter.actor || filter.entityType || filter.entityId || filter.from || filter.to);
}

export function datePartsOf(iso: string): DateParts {
  return iso ? isoToDateParts(iso) : { day: '', month: '', year: '' };
}
