import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { ButtonLink } from '../../components/ButtonLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFlash } from '../../components/flash';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import { type FormErrors, hasErrors, NO_ERRORS } from '../../forms/formErrors';
import type { VacancySummary } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { useUnits } from '../people/queries';
import { bandText, postsText, VACANCY_STATUS_COLOURS, VACANCY_STATUS_LABELS } from './labels';
import { VACANCIES_PAGE_SIZE, useVacancies } from './queries';
import { VACANCY_ADMINS } from './roles';
import { useBandOptions } from './useBandOptions';
import { VacancySearchFilter } from './VacancySearchFilter';
import { type VacancySearch, vacancySearchFromParams, vacancySearchHref, vacancySearchToParams } from './vacancySearch';

function VacanciesTable({ items }: { items: VacancySummary[] }) {
  return (
    <ScrollRegion label="Vacancies found">
      <table className="govuk-table" data-testid="vacancies">
        <caption className="govuk-table__caption govuk-visually-hidden">Vacancies, soonest closing first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Vacancy</th>
            <th scope="col" className="govuk-table__header">Band</th>
            <th scope="col" className="govuk-table__header">Unit</th>
            <th scope="col" className="govuk-table__header">Closes</th>
            <th scope="col" className="govuk-table__header">Stage</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((vacancy) => (
            <tr className="govuk-table__row" key={vacancy.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/vacancies/${vacancy.id}`}>
                  {vacancy.title}
                </Link>
                <span className="govuk-body-s app-secondary-text app-block">{postsText(vacancy.posts, vacancy.filledPosts)}</span>
              </th>
              <td className="govuk-table__cell app-nowrap">{bandText(vacancy.band)}</td>
              <td className="govuk-table__cell">{vacancy.unit.name}</td>
              <td className="govuk-table__cell app-nowrap">{formatDate(vacancy.closingDate)}</td>
              <td className="govuk-table__cell">
                <Tag text={VACANCY_STATUS_LABELS[vacancy.status]} colour={VACANCY_STATUS_COLOURS[vacancy.status]} />
                {vacancy.ringFenced && vacancy.status !== 'RING_FENCE' && <span className="govuk-body-s app-secondary-text app-block">Ring-fenced</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** HR's vacancies: filtered by stage, band, unit and closing date, soonest closing first, paginated. */
export function VacanciesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = vacancySearchFromParams(searchParams);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  usePageTitle('Vacancies', hasErrors(errors));
  const { data: profile } = useCurrentUser();
  const units = useUnits();
  const bands = useBandOptions();
  const results = useVacancies(search);
  const success = useFlash();
  const admin = profile ? hasAnyRole(profile.roles, VACANCY_ADMINS) : false;
  const unitOptions = (units.data?.items ?? []).map((unit) => ({ value: unit.id, text: unit.name }));
  const apply = (next: VacancySearch) => {
    setErrors(NO_ERRORS);
    setSearchParams(vacancySearchToParams(next));
  };

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <SuccessBanner message={success} />
      <h1 className="govuk-heading-l">Vacancies</h1>
      <p className="govuk-body">
        Staff at risk are offered suitable vacancies before anyone else. A ring-fenced vacancy opens to internal applicants only when
        everyone in its pool has been considered and given a written reason.
      </p>
      {admin && <ButtonLink to="/vacancies/new" text="Open a vacancy" />}
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/ring-fences">
            Ring-fence rules
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/vacancies/at-risk">
            Staff at risk and the vacancies that fit
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/criteria">
            Criteria and typical training times
          </Link>
        </li>
        {admin && (
          <li>
            <Link className="govuk-link" to="/criteria/import">
              Import the criteria staff hold
            </Link>
          </li>
        )}
      </ul>
      <VacancySearchFilter
        key={searchParams.toString() + unitOptions.length + bands.length}
        search={search}
        units={unitOptions}
        bands={bands}
        errors={errors}
        onApply={apply}
        onErrors={setErrors}
      />
      {results.data ? (
        <>
          <p className="govuk-body" aria-live="polite" data-testid="vacancy-count">
            {results.data.totalItems === 1 ? '1 vacancy' : `${results.data.totalItems.toLocaleString('en-GB')} vacancies`}
          </p>
          {results.data.items.length > 0 && <VacanciesTable items={results.data.items} />}
          <Pagination page={search.page} size={VACANCIES_PAGE_SIZE} totalItems={results.data.totalItems} hrefFor={(page) => vacancySearchHref({ ...search, page })} />
        </>
      ) : (
        <QueryState isPending={results.isPending} error={results.error} />
      )}
    </>
  );
}
