import { Link, useParams, useSearchParams } from 'react-router-dom';
import { hasAnyRole, Role } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { EligibilityCard } from './EligibilityCard';
import { useStaffOffers, useStaffVacancies, VACANCIES_PAGE_SIZE } from './queries';
import { VACANCY_READERS } from './roles';
import { OffersTable } from './OffersTable';

/**
 * The vacancies for one person, with the reasons: for HR, the vacancies that fit an at-risk person (their pool) or
 * all those open to them; for a union rep, a member who consented. Their offers and trials below.
 */
export function StaffVacanciesPage() {
  const { staffNumber = '' } = useParams();
  const [searchParams] = useSearchParams();
  const fits = searchParams.get('show') !== 'all';
  const page = pageFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const vacancies = useStaffVacancies(staffNumber, fits, page);
  const offers = useStaffOffers(staffNumber);
  const name = vacancies.data?.name ?? staffNumber;
  usePageTitle(`Vacancies for ${name}`);
  const hr = hasAnyRole(profile?.roles ?? [], VACANCY_READERS);
  const rep = !hr && hasAnyRole(profile?.roles ?? [], [Role.UnionRep]);
  const base = `/staff/${encodeURIComponent(staffNumber)}/vacancies`;
  const back = rep ? { to: '/member-vacancies', text: 'Back to your members' } : { to: `/staff/${encodeURIComponent(staffNumber)}`, text: 'Back to the staff record' };

  if (vacancies.error) {
    return (
      <>
        <BackLink to={back.to} text={back.text} />
        <QueryState isPending={false} error={vacancies.error} />
      </>
    );
  }
  return (
    <>
      <BackLink to={back.to} text={back.text} />
      <span className="govuk-caption-l">Staff number {staffNumber}</span>
      <h1 className="govuk-heading-l">Vacancies for {name}</h1>
      <nav className="govuk-!-margin-bottom-6" aria-label="Which vacancies">
        <ul className="govuk-list app-tag-list">
          <li>
            {fits ? <strong aria-current="page">Vacancies whose pool they are in</strong> : <Link className="govuk-link" to={base}>Vacancies whose pool they are in</Link>}
          </li>
          <li>
            {!fits ? <strong aria-current="page">Every vacancy open to them</strong> : <Link className="govuk-link" to={`${base}?show=all`}>Every vacancy open to them</Link>}
          </li>
        </ul>
      </nav>
      {vacancies.data ? (
        vacancies.data.items.length === 0 ? (
          <p className="govuk-body" data-testid="no-vacancies">
            {fits ? `${name} is not in the ring-fenced pool of any vacancy.` : `No vacancy is open to ${name} now or later.`}
          </p>
        ) : (
          <>
            {vacancies.data.items.map((item) => (
              <EligibilityCard key={item.id} item={{ ...item, name: item.name ?? name }} own={false}>
                {hr && (
                  <p className="govuk-body">
                    <Link className="govuk-link" to={`/vacancies/${item.id}`}>
                      See the vacancy<span className="govuk-visually-hidden"> {item.title}</span>
                    </Link>
                  </p>
                )}
              </EligibilityCard>
            ))}
            <Pagination page={page} size={VACANCIES_PAGE_SIZE} totalItems={vacancies.data.totalItems} hrefFor={(next) => `${base}?${fits ? '' : 'show=all&'}page=${next}`} />
          </>
        )
      ) : (
        <QueryState isPending={vacancies.isPending} error={vacancies.error} />
      )}
      <h2 className="govuk-heading-m">Offers and trials</h2>
      {offers.data ? (
        offers.data.items.length === 0 ? <p className="govuk-body">No offer has been made to {name}.</p> : <OffersTable offers={offers.data.items} showVacancy />
      ) : (
        <QueryState isPending={offers.isPending} error={offers.error} />
      )}
    </>
  );
}
