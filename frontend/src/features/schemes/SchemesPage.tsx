import { useSearchParams } from 'react-router-dom';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { SCHEMES_PAGE_SIZE, useSchemes } from './queries';
import { type SchemeListFilter, schemeFilterFromSearchParams, schemeFilterToSearchParams } from './schemeListParams';
import { SchemesFilter } from './SchemesFilter';
import { SchemesTable } from './SchemesTable';

export function SchemesPage() {
  usePageTitle('Job evaluation schemes');
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = schemeFilterFromSearchParams(searchParams);
  const schemes = useSchemes(filter);
  const apply = (next: SchemeListFilter) => setSearchParams(schemeFilterToSearchParams(next));
  const hrefFor = (page: number) => `/schemes?${schemeFilterToSearchParams({ ...filter, page }).toString()}`;

  return (
    <>
      <h1 className="govuk-heading-l">Job evaluation schemes</h1>
      <p className="govuk-body">
        Each scheme version has factors with levels and points. The total of the levels decides the pay band.
      </p>
      <SchemesFilter key={searchParams.toString()} filter={filter} onApply={apply} />
      {schemes.data ? (
        <>
          {schemes.data.items.length === 0 ? (
            <p className="govuk-body">No schemes match this filter.</p>
          ) : (
            <SchemesTable schemes={schemes.data.items} />
          )}
          <Pagination page={filter.page} size={SCHEMES_PAGE_SIZE} totalItems={schemes.data.totalItems} hrefFor={hrefFor} />
        </>
      ) : (
        <QueryState isPending={schemes.isPending} error={schemes.error} />
      )}
    </>
  );
}
