import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { auditApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { AuditEventsTable } from './AuditEventsTable';
import { pageFromSearchParams } from './pageParam';

const PAGE_SIZE = 50;

export function AuditPage() {
  usePageTitle('Audit trail');
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const events = useQuery({
    queryKey: ['audit-events', page],
    queryFn: () => callApi(() => auditApi.listAuditEvents({ page, size: PAGE_SIZE })),
  });
  return (
    <>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">Every change to users, pay structures, bands and scales, newest first.</p>
      {events.data ? (
        <>
          <AuditEventsTable caption="Changes" events={events.data.items} showRecordType />
          <Pagination page={page} size={PAGE_SIZE} totalItems={events.data.totalItems} hrefFor={(p) => `/audit?page=${p}`} />
        </>
      ) : (
        <QueryState isPending={events.isPending} error={events.error} />
      )}
    </>
  );
}
