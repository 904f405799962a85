import { Link, useParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { useFlash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { usePageTitle } from '../../layout/usePageTitle';
import { offerActions } from './offerActions';
import { OfferSummaryList } from './OfferSummaryList';
import { useOffer } from './queries';
import { VACANCY_ADMINS } from './roles';

/** HR's view of one offer: its answer and trial, and what can be recorded next. */
export function OfferPage() {
  const { offerId = '' } = useParams();
  const query = useOffer(offerId);
  const { data: profile } = useCurrentUser();
  const success = useFlash();
  const offer = query.data;
  usePageTitle(offer ? `Offer of ${offer.title} to ${offer.name}` : 'Offer');
  if (!offer) {
    return (
      <>
        <BackLink to="/vacancies" text="Back to vacancies" />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  const admin = hasAnyRole(profile?.roles ?? [], VACANCY_ADMINS);
  const actions = admin ? offerActions(offer) : [];
  return (
    <>
      <BackLink to={`/vacancies/${offer.vacancyId}`} text="Back to the vacancy" />
      <SuccessBanner message={success} />
      <span className="govuk-caption-l">{offer.title}</span>
      <h1 className="govuk-heading-l">Offer to {offer.name}</h1>
      <OfferSummaryList offer={offer} own={false} linkVacancy />
      {actions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Record what happened</h2>
          <ul className="govuk-list" data-testid="offer-actions">
            {actions.map(({ action, text }) => (
              <li key={action}>
                <Link className="govuk-link" to={`/offers/${offer.id}/${action}`}>
                  {text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
