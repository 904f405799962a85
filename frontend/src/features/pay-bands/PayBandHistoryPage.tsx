import { useParams, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { AuditEventsTable } from '../audit/AuditEventsTable';
import { pageFromSearchParams } from '../audit/pageParam';
import { usePayBand, usePayBandHistory } from './queries';

const PAGE_SIZE = 50;

export function PayBandHistoryPage() {
  const { bandId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const band = usePayBand(bandId);
  const history = usePayBandHistory(bandId, page, PAGE_SIZE);
  const name = band.data?.record.name;
  usePageTitle(name ? `Change history of ${name}` : 'Change history');

  if (!history.data) {
    return <QueryState isPending={history.isPending} error={history.error} />;
  }
  return (
    <>
      <BackLink to={`/pay-bands/${bandId}`} />
      {band.data && <span className="govuk-caption-l">{band.data.record.structureName}</span>}
      <h1 className="govuk-heading-l">Change history{name ? ` of ${name}` : ''}</h1>
      <AuditEventsTable caption="Changes to the band and its scales" events={history.data.items} showRecord />
      <Pagination
        page={page}
        size={PAGE_SIZE}
        totalItems={history.data.totalItems}
        hrefFor={(p) => `/pay-bands/${bandId}/history?page=${p}`}
      />
    </>
  );
}
