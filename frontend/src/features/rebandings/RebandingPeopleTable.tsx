import { Link } from 'react-router-dom';
import { Pagination } from '../../components/Pagination';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { PayPosition, RebandingPeoplePage } from '../../generated/api';
import { PROTECTION_TYPE_LABELS } from '../people/labels';
import { CHANGE_COLOURS, CHANGE_LABELS, formatSignedPence } from './labels';
import { PEOPLE_SIZE_NOTE, type PeopleSort } from './peopleSort';

function position(pay: PayPosition): string {
  return `${pay.bandName ?? `Band ${pay.band}`}, point ${pay.payPoint}`;
}

const SORT_LABELS: Record<PeopleSort, string> = {
  name: 'Name',
  staffNumber: 'Staff number',
  change: 'Change',
  annualChange: 'Annual change',
  arrears: 'Arrears',
};

/** A column header that sorts the table by itself (server-side, across every page); aria-sort says which one does. */
function SortHeader({ sort, current, hrefFor, numeric }: { sort: PeopleSort; current: PeopleSort; hrefFor: (sort: PeopleSort) => string; numeric?: boolean }) {
  const active = sort === current;
  return (
    <th scope="col" className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`} aria-sort={active ? 'ascending' : 'none'}>
      {active ? (
        SORT_LABELS[sort]
      ) : (
        <Link className="govuk-link" to={hrefFor(sort)}>
          {SORT_LABELS[sort]}
          <span className="govuk-visually-hidden"> (sort by this column)</span>
        </Link>
      )}
    </th>
  );
}

/** Every person in scope: before and after, the change, any protection and arrears; sortable and paginated. */
export function RebandingPeopleTable({ people, sort, hrefFor, pageSize }: {
  people: RebandingPeoplePage;
  sort: PeopleSort;
  hrefFor: (sort: PeopleSort, page: number) => string;
  pageSize: number;
}) {
  if (people.totalItems === 0) {
    return <p className="govuk-body">No one holds the evaluated job description or any job description it replaces.</p>;
  }
  const header = (column: PeopleSort, numeric?: boolean) => (
    <SortHeader sort={column} current={sort} hrefFor={(next) => hrefFor(next, 1)} numeric={numeric} />
  );
  return (
    <>
      <p className="govuk-body-s app-secondary-text">{PEOPLE_SIZE_NOTE}</p>
      <ScrollRegion label="People in scope">
        <table className="govuk-table" data-testid="rebanding-people">
          <caption className="govuk-table__caption govuk-visually-hidden">People in scope, sorted by {SORT_LABELS[sort].toLowerCase()}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {header('name')}
              {header('staffNumber')}
              <th scope="col" className="govuk-table__header">Now</th>
              <th scope="col" className="govuk-table__header">After</th>
              {header('change')}
              {header('annualChange', true)}
              <th scope="col" className="govuk-table__header">Protection</th>
              {header('arrears', true)}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {people.items.map((person) => (
              <tr className="govuk-table__row" key={person.staffNumber}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/staff/${encodeURIComponent(person.staffNumber)}`}>
                    {person.name}
                  </Link>
                </th>
                <td className="govuk-table__cell">{person.staffNumber}</td>
                <td className="govuk-table__cell">
                  {position(person.from)}
                  <span className="app-block">{formatPence(person.from.salaryPence)}</span>
                </td>
                <td className="govuk-table__cell">
                  {position(person.to)}
                  <span className="app-block">{formatPence(person.to.salaryPence)}</span>
                </td>
                <td className="govuk-table__cell">
                  <Tag text={CHANGE_LABELS[person.change]} colour={CHANGE_COLOURS[person.change]} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatSignedPence(person.annualChangePence)}</td>
                <td className="govuk-table__cell">
                  {person.protection
                    ? `${PROTECTION_TYPE_LABELS[person.protection.type]}: ${formatPence(person.protection.protectedSalaryPence)} until ${formatDate(person.protection.until)}`
                    : 'None'}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{person.arrearsPence > 0 ? formatPence(person.arrearsPence) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination page={people.page} size={pageSize} totalItems={people.totalItems} hrefFor={(page) => hrefFor(sort, page)} />
    </>
  );
}

