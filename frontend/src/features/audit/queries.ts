import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { type AuditFilter, apiFilter } from './auditFilter';

export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  events: (filter: AuditFilter) => ['audit-events', filter] as const,
};

export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: auditKeys.events(filter),
    queryFn: () => callApi(() => auditApi.listAuditEvents({ ...apiFilter(filter), page: filter.page, size: AUDIT_PAGE_SIZE })),
    placeholderData: keepPreviousData,
  });
}
