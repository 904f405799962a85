import { useSearchParams } from 'react-router-dom';
import { PAY_ADMINS, hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { ButtonLink } from '../../components/ButtonLink';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { formatDate, isoToDate } from '../../format/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { filterFromSearchParams, filterToSearchParams } from './filterParams';
import { PayBandsFilter } from './PayBandsFilter';
import { groupByStructure } from './payBandGrouping';
import { PayBandsTable } from './PayBandsTable';
import { BANDS_PAGE_SIZE, type PayBandListFilter, usePayBands, usePayStructures, usePayZones } from './queries';

export function PayBandsPage() {
  usePageTitle('Pay bands');
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const zones = usePayZones();
  const structures = usePayStructures();
  const bands = usePayBands(filter);
  const apply = (next: PayBandListFilter) => setSearchParams(filterToSearchParams(next));
  const zoneName = zones.data?.items.find((zone) => zone.code === filter.zone)?.name ?? filter.zone;
  const date = isoToDate(filter.date);

  return (
    <>
      <h1 className="govuk-heading-l">Pay bands</h1>
      {profile && hasAnyRole(profile.roles, PAY_ADMINS) && <ButtonLink to="/pay-bands/new" text="Add a pay band" />}
      {zones.data && structures.data ? (
        <PayBandsFilter
          key={searchParams.toString()}
          filter={filter}
          zones={zones.data.items}
          structures={structures.data.items}
          onApply={apply}
        />
      ) : (
        <QueryState isPending={zones.isPending || structures.isPending} error={zones.error ?? structures.error} />
      )}
      <p className="govuk-body" aria-live="polite">
        Salary ranges on {date ? formatDate(date) : filter.date}, {zoneName} pay zone
        {filter.includeProposed ? ', including proposed scales' : ''}.
      </p>
      {bands.data ? (
        <>
          {bands.data.items.length === 0 && <p className="govuk-body">No pay bands match this filter.</p>}
          {groupByStructure(bands.data.items).map((group) => (
            <PayBandsTable key={group.structureName} caption={group.structureName} bands={group.bands} />
          ))}
          <Pagination
            page={filter.page}
            size={BANDS_PAGE_SIZE}
            totalItems={bands.data.totalItems}
            hrefFor={(page) => `/pay-bands?${filterToSearchParams({ ...filter, page }).toString()}`}
          />
        </>
      ) : (
        <QueryState isPending={bands.isPending} error={bands.error} />
      )}
    </>
  );
}
