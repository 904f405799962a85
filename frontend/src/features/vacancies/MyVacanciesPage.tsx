import { Link, useSearchParams } from 'react-router-dom';
import { isProblemWithStatus } from '../../api/problem';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFlash } from '../../components/flash';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { VacancyEligibility } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { EligibilityCard } from './EligibilityCard';
import { useInterest } from './mutations';
import { OfferSummaryList } from './OfferSummaryList';
import { useMyOffers, useMyVacancies, VACANCIES_PAGE_SIZE } from './queries';

const noFields = () => undefined;

/**
 * "Vacancies for me": every vacancy open to the signed-in person now or later, each with the reasons they may or may
 * not apply as a GOV.UK summary list, a way to express or withdraw interest, and their offers and trial.
 */
export function MyVacanciesPage() {
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const vacancies = useMyVacancies(page);
  const offers = useMyOffers();
  const interest = useInterest();
  const form = useFormSubmit(noFields);
  const flashed = useFlash();
  usePageTitle('Vacancies for you', hasErrors(form.errors));

  const toggle = (item: VacancyEligibility) =>
    void form.run(async () => {
      await interest.mutateAsync({ vacancyId: item.id, interested: !item.interested });
    });
  const done = interest.isSuccess && interest.variables && !hasErrors(form.errors)
    ? interest.variables.interested
      ? 'Your interest has been recorded. HR will be in touch.'
      : 'Your interest has been withdrawn.'
    : undefined;

  if (isProblemWithStatus(vacancies.error, 404)) {
    return (
      <>
        <h1 className="govuk-heading-l">Vacancies for you</h1>
        <p className="govuk-body" data-testid="no-staff-record">
          Your sign-in account is not linked to a staff record. If you work here, ask HR to link your account to your record.
        </p>
      </>
    );
  }
  const live = (offers.data?.items ?? []).filter((offer) => offer.status === 'OPEN' || offer.status === 'IN_TRIAL');
  const past = (offers.data?.items ?? []).filter((offer) => offer.status !== 'OPEN' && offer.status !== 'IN_TRIAL');
  return (
    <>
      <ErrorSummary items={form.errors.summary} />
      <SuccessBanner message={done ?? flashed} />
      <h1 className="govuk-heading-l">Vacancies for you</h1>
      <p className="govuk-body">
        If you are at risk, vacancies are offered to you before anyone else when you are in their ring-fenced pool. Each vacancy says whether you can
        apply, and why.
      </p>
      {offers.data && offers.data.items.length > 0 && (
        <section aria-labelledby="offers-title" data-testid="my-offers">
          <h2 className="govuk-heading-l" id="offers-title">
            Your offers
          </h2>
          {[...live, ...past].map((offer) => (
            <div className="govuk-summary-card" key={offer.id} data-testid="my-offer">
              <div className="govuk-summary-card__title-wrapper">
                <h3 className="govuk-summary-card__title">{offer.title}</h3>
                {offer.status === 'OPEN' && (
                  <ul className="govuk-summary-card__actions">
                    <li className="govuk-summary-card__action">
                      <Link className="govuk-link" to={`/my-vacancies/offers/${offer.id}/accept`}>
                        Accept<span className="govuk-visually-hidden"> the offer of {offer.title}</span>
                      </Link>
                    </li>
                    <li className="govuk-summary-card__action">
                      <Link className="govuk-link" to={`/my-vacancies/offers/${offer.id}/decline`}>
                        Decline<span className="govuk-visually-hidden"> the offer of {offer.title}</span>
                      </Link>
                    </li>
                  </ul>
                )}
              </div>
              <div className="govuk-summary-card__content">
                <OfferSummaryList offer={offer} own linkVacancy={false} />
              </div>
            </div>
          ))}
        </section>
      )}
      <h2 className="govuk-heading-l">Vacancies</h2>
      {vacancies.data ? (
        vacancies.data.items.length === 0 ? (
          <p className="govuk-body">There are no vacancies open to you now or later.</p>
        ) : (
          <>
            <p className="govuk-body" data-testid="my-vacancy-count">
              {vacancies.data.totalItems === 1 ? '1 vacancy' : `${vacancies.data.totalItems} vacancies`}, soonest closing first.
            </p>
            {vacancies.data.items.map((item) => (
              <EligibilityCard key={item.id} item={item} own headingLevel={3}>
                {(item.eligible || item.interested) && (
                  <button
                    type="button"
                    className={`govuk-button${item.interested ? ' govuk-button--secondary' : ''}`}
                    data-module="govuk-button"
                    disabled={form.submitting}
                    onClick={() => toggle(item)}
                  >
                    {item.interested ? 'Withdraw your interest' : 'Express interest'}
                    <span className="govuk-visually-hidden"> in {item.title}</span>
                  </button>
                )}
              </EligibilityCard>
            ))}
            <Pagination page={page} size={VACANCIES_PAGE_SIZE} totalItems={vacancies.data.totalItems} hrefFor={(next) => `/my-vacancies?page=${next}`} />
          </>
        )
      ) : (
        <QueryState isPending={vacancies.isPending} error={vacancies.error} />
      )}
    </>
  );
}
