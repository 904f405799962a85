import { useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { ButtonLink } from '../../components/ButtonLink';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { todayIso } from '../../format/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { DEFAULT_ZONE } from '../pay-bands/filterParams';
import { usePayBands } from '../pay-bands/queries';
import { type JdSearch, jdSearchFromParams, jdSearchHref, jdSearchToParams } from './jdSearchParams';
import { JdResultsTable } from './JdResultsTable';
import { JdSearchFilter } from './JdSearchFilter';
import { JDS_PAGE_SIZE, useJobDescriptionFilters, useJobDescriptions } from './queries';
import { JD_EDITORS } from './roles';

/** Today's pay bands, to filter by the band in force. */
function useBandOptions() {
  const bands = usePayBands({ date: todayIso(), zone: DEFAULT_ZONE, structureId: '', includeProposed: false, page: 1 });
  return (bands.data?.items ?? []).map((band) => ({ value: band.id, text: `${band.name} (${band.structureName})` }));
}

export function JobDescriptionsPage() {
  usePageTitle('Job descriptions');
  const [searchParams, setSearchParams] = useSearchParams();
  const search = jdSearchFromParams(searchParams);
  const { data: profile } = useCurrentUser();
  const filters = useJobDescriptionFilters();
  const bandOptions = useBandOptions();
  const results = useJobDescriptions(search);
  const apply = (next: JdSearch) => setSearchParams(jdSearchToParams(next));

  return (
    <>
      <h1 className="govuk-heading-l">Job descriptions</h1>
      {profile && hasAnyRole(profile.roles, JD_EDITORS) && <ButtonLink to="/job-descriptions/new" text="Create a job description" />}
      {filters.data ? (
        <JdSearchFilter
          key={searchParams.toString()}
          search={search}
          roleFamilies={filters.data.roleFamilies}
          directorates={filters.data.directorates}
          bands={bandOptions}
          onApply={apply}
        />
      ) : (
        <QueryState isPending={filters.isPending} error={filters.error} />
      )}
      {results.data ? (
        <>
          <p className="govuk-body" aria-live="polite">
            {results.data.totalItems === 1 ? '1 job description found' : `${results.data.totalItems} job descriptions found`}
          </p>
          {results.data.items.length > 0 && <JdResultsTable items={results.data.items} search={search} />}
          <Pagination
            page={search.page}
            size={JDS_PAGE_SIZE}
            totalItems={results.data.totalItems}
            hrefFor={(page) => jdSearchHref({ ...search, page })}
          />
        </>
      ) : (
        <QueryState isPending={results.isPending} error={results.error} />
      )}
    </>
  );
}
