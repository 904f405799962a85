import { Link, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate } from '../../format/dates';
import type { MatrixVacancy } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { bandText } from './labels';
import { MATRIX_PAGE_SIZE, useEligibilityMatrix } from './queries';

/** "Treatment Manager (North West: Interventions), …" — the first few, then how many more. */
function titles(vacancies: MatrixVacancy[], indexes: number[]): string {
  if (indexes.length === 0) return 'None';
  const named = indexes.slice(0, 3).map((index) => `${vacancies[index].title} (${vacancies[index].unit})`);
  return indexes.length > 3 ? `${named.join(', ')} and ${indexes.length - 3} more` : named.join(', ');
}

/** HR: every person at risk today and the open vacancies whose pool they are in, computed in one request. */
export function AtRiskPage() {
  usePageTitle('Staff at risk and the vacancies that fit');
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const matrix = useEligibilityMatrix(page);
  return (
    <>
      <BackLink to="/vacancies" text="Back to vacancies" />
      <h1 className="govuk-heading-l">Staff at risk and the vacancies that fit</h1>
      {matrix.data ? (
        <>
          <p className="govuk-body" data-testid="matrix-summary">
            {matrix.data.totalItems === 1 ? '1 person is' : `${matrix.data.totalItems.toLocaleString('en-GB')} people are`} at risk on{' '}
            {formatDate(matrix.data.asOf)}, against {matrix.data.vacancies.length === 1 ? '1 open vacancy' : `${matrix.data.vacancies.length.toLocaleString('en-GB')} open vacancies`}.
          </p>
          {matrix.data.people.length > 0 && (
            <ScrollRegion label="Staff at risk">
              <table className="govuk-table" data-testid="at-risk">
                <caption className="govuk-table__caption govuk-visually-hidden">Staff at risk and the vacancies whose pool they are in</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Name</th>
                    <th scope="col" className="govuk-table__header">Band</th>
                    <th scope="col" className="govuk-table__header">At risk until</th>
                    <th scope="col" className="govuk-table__header">In the pool of</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Can apply now</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {matrix.data.people.map((person) => (
                    <tr className="govuk-table__row" key={person.staffNumber}>
                      <th scope="row" className="govuk-table__header">
                        <Link className="govuk-link" to={`/staff/${encodeURIComponent(person.staffNumber)}/vacancies`}>
                          {person.name}
                        </Link>
                        <span className="govuk-body-s app-secondary-text app-block">{person.staffNumber}</span>
                      </th>
                      <td className="govuk-table__cell app-nowrap">{bandText(person.band)}</td>
                      <td className="govuk-table__cell">{person.atRiskUntil ? formatDate(person.atRiskUntil) : '–'}</td>
                      <td className="govuk-table__cell">{titles(matrix.data.vacancies, person.pool)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{person.eligible.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <Pagination page={page} size={MATRIX_PAGE_SIZE} totalItems={matrix.data.totalItems} hrefFor={(next) => `/vacancies/at-risk?page=${next}`} />
        </>
      ) : (
        <QueryState isPending={matrix.isPending} error={matrix.error} />
      )}
    </>
  );
}
