import { Link, useSearchParams } from 'react-router-dom';
import { hasAnyRole, Role } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Tag } from '../../components/Tag';
import { todayIso } from '../../format/dates';
import type { StaffSummary } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { DEFAULT_ZONE } from '../pay-bands/filterParams';
import { usePayBands } from '../pay-bands/queries';
import { STAFF_PAGE_SIZE, useStaff, useUnits } from './queries';
import { StaffSearchFilter } from './StaffSearchFilter';
import { type StaffSearch, staffSearchFromParams, staffSearchHref, staffSearchToParams } from './staffSearchParams';

function useBandOptions() {
  const bands = usePayBands({ date: todayIso(), zone: DEFAULT_ZONE, structureId: '', includeProposed: false, page: 1 });
  const seen = new Set<string>();
  return (bands.data?.items ?? [])
    .filter((band) => (seen.has(band.code) ? false : (seen.add(band.code), true)))
    .map((band) => ({ value: band.code, text: band.name }));
}

function StaffTable({ items }: { items: StaffSummary[] }) {
  return (
    <ScrollRegion label="Staff found">
      <table className="govuk-table" data-testid="staff-results">
        <caption className="govuk-table__caption govuk-visually-hidden">Staff found</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Unit</th>
            <th scope="col" className="govuk-table__header">Post</th>
            <th scope="col" className="govuk-table__header">Band</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((person) => (
            <tr className="govuk-table__row" key={person.staffNumber}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/staff/${encodeURIComponent(person.staffNumber)}`}>
                  {person.name}
                </Link>
                <span className="govuk-body-s app-secondary-text app-block">{person.staffNumber}</span>
              </th>
              <td className="govuk-table__cell">{person.unit ?? '–'}</td>
              <td className="govuk-table__cell">
                {person.post ?? 'No post'}
                {person.jdReference && <span className="govuk-body-s app-secondary-text app-block">{person.jdReference}</span>}
              </td>
              <td className="govuk-table__cell">{person.band ? `Band ${person.band}` : '–'}</td>
              <td className="govuk-table__cell">
                {person.atRisk && <Tag text="At risk" colour="orange" />} {person._protected && <Tag text="Protected" colour="blue" />}
                {person.leavingDate && <Tag text="Leaving" colour="grey" />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** HR's staff search: words, unit, band, at risk and protected, paginated; each person links to their record. */
export function StaffSearchPage() {
  usePageTitle('Staff');
  const [searchParams, setSearchParams] = useSearchParams();
  const search = staffSearchFromParams(searchParams);
  const { data: profile } = useCurrentUser();
  const units = useUnits();
  const bands = useBandOptions();
  const results = useStaff(search);
  const apply = (next: StaffSearch) => setSearchParams(staffSearchToParams(next));
  const hrAdmin = profile ? hasAnyRole(profile.roles, [Role.HrAdmin]) : false;
  const unitOptions = (units.data?.items ?? []).map((unit) => ({ value: unit.id, text: unit.name }));

  return (
    <>
      <h1 className="govuk-heading-l">Staff</h1>
      <ul className="govuk-list">
        {hrAdmin && (
          <li>
            <Link className="govuk-link" to="/staff-imports">
              Import staff from a file
            </Link>
          </li>
        )}
        <li>
          <Link className="govuk-link" to="/protections">
            Pay protections ending soon
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/rebandings">
            Re-bandings
          </Link>
        </li>
      </ul>
      <StaffSearchFilter key={searchParams.toString() + unitOptions.length + bands.length} search={search} units={unitOptions} bands={bands} onApply={apply} />
      {results.data ? (
        <>
          <p className="govuk-body" aria-live="polite" data-testid="staff-count">
            {results.data.totalItems === 1 ? '1 person found' : `${results.data.totalItems.toLocaleString('en-GB')} people found`}
          </p>
          {results.data.items.length > 0 && <StaffTable items={results.data.items} />}
          <Pagination page={search.page} size={STAFF_PAGE_SIZE} totalItems={results.data.totalItems} hrefFor={(page) => staffSearchHref({ ...search, page })} />
        </>
      ) : (
        <QueryState isPending={results.isPending} error={results.error} />
      )}
    </>
  );
}
