import { Link } from 'react-router-dom';
import type { JobDescriptionSummary } from '../../generated/api';
import { type JdSearch, type JdSort, jdSearchHref } from './jdSearchParams';
import { BenchmarkTag, JdStatusTag } from './JdTags';
import { ScrollRegion } from '../../components/ScrollRegion';

interface SortableHeaderProps {
  text: string;
  sort: JdSort;
  search: JdSearch;
  numeric?: boolean;
}

/** A column heading that links to the same search sorted by that column. */
function SortableHeader({ text, sort, search, numeric = false }: SortableHeaderProps) {
  const current = search.sort === sort;
  return (
    <th
      scope="col"
      className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
      aria-sort={current ? 'ascending' : 'none'}
    >
      {current ? (
        text
      ) : (
        <Link className="govuk-link" to={jdSearchHref({ ...search, sort, page: 1 })}>
          {text}
          <span className="govuk-visually-hidden"> (sort by {text.toLowerCase()})</span>
        </Link>
      )}
    </th>
  );
}

interface JdResultsTableProps {
  items: JobDescriptionSummary[];
  search: JdSearch;
}

export function JdResultsTable({ items, search }: JdResultsTableProps) {
  return (
    <ScrollRegion label="Job descriptions found">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Job descriptions</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <SortableHeader text="Reference" sort="reference" search={search} />
            <SortableHeader text="Title" sort="title" search={search} />
            <th scope="col" className="govuk-table__header">Role family</th>
            <th scope="col" className="govuk-table__header">Directorate</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Band</th>
            <SortableHeader text="Total" sort="total" search={search} numeric />
            <th scope="col" className="govuk-table__header">Benchmark</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((jd) => (
            <tr className="govuk-table__row" key={jd.id} data-reference={jd.reference}>
              <td className="govuk-table__cell">{jd.reference}</td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/job-descriptions/${jd.id}`}>
                  {jd.title}
                </Link>
              </td>
              <td className="govuk-table__cell">{jd.roleFamily}</td>
              <td className="govuk-table__cell">{jd.directorate}</td>
              <td className="govuk-table__cell">
                <JdStatusTag status={jd.status} />
              </td>
              <td className="govuk-table__cell">{jd.band?.name ?? ''}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{jd.total ?? ''}</td>
              <td className="govuk-table__cell">{jd.benchmark && <BenchmarkTag />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
