import { useSearchParams } from 'react-router-dom';
import { EVALUATION_READERS, hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { useFlash } from '../../components/flash';
import { useJobDescriptionFilters } from '../job-descriptions/queries';
import { useQueue, useWaitingTimes } from './queries';
import { QueueFilterForm } from './QueueFilterForm';
import { QUEUE_PAGE_SIZE, type QueueFilter, queueFilterFromSearchParams, queueFilterToSearchParams, queueHref } from './queueParams';
import { QueueTable } from './QueueTable';
import { SuccessBanner } from '../../components/SuccessBanner';
import { WaitingTimesTable } from './WaitingTimesTable';

export function QueuePage() {
  usePageTitle('Evaluation queue');
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = queueFilterFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const roles = profile?.roles ?? new Set();
  const readsWaitingTimes = hasAnyRole(roles, EVALUATION_READERS);
  const queue = useQueue(filter);
  const waitingTimes = useWaitingTimes(readsWaitingTimes);
  const directorates = useJobDescriptionFilters();
  const success = useFlash();
  const apply = (next: QueueFilter) => setSearchParams(queueFilterToSearchParams(next));

  return (
    <>
      <SuccessBanner message={success} />
      <h1 className="govuk-heading-l">Evaluation queue</h1>
      <p className="govuk-body">
        Requests for job descriptions to be evaluated, how long each has waited, and whether it is past its target.
      </p>
      {readsWaitingTimes &&
        (waitingTimes.data ? (
          <WaitingTimesTable waitingTimes={waitingTimes.data} />
        ) : (
          <QueryState isPending={waitingTimes.isPending} error={waitingTimes.error} />
        ))}
      <QueueFilterForm key={searchParams.toString()} filter={filter} directorates={directorates.data?.directorates ?? []} onApply={apply} />
      {queue.data ? (
        <>
          <p className="govuk-body" aria-live="polite" data-testid="queue-count">
            {queue.data.totalItems === 1 ? '1 request' : `${queue.data.totalItems} requests`}
            {filter.statuses.length === 0 && ' open'}
          </p>
          {queue.data.items.length > 0 && <QueueTable entries={queue.data.items} roles={roles} />}
          <Pagination page={filter.page} size={QUEUE_PAGE_SIZE} totalItems={queue.data.totalItems} hrefFor={(page) => queueHref({ ...filter, page })} />
        </>
      ) : (
        <QueryState isPending={queue.isPending} error={queue.error} />
      )}
    </>
  );
}
