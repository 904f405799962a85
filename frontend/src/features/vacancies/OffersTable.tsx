import { Link } from 'react-router-dom';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import type { Offer } from '../../generated/api';
import { OFFER_STATUS_COLOURS, OFFER_STATUS_LABELS } from './labels';

/** Offers, newest first, each linking to its page. */
export function OffersTable({ offers, showVacancy = false }: { offers: Offer[]; showVacancy?: boolean }) {
  return (
    <ScrollRegion label="Offers">
      <table className="govuk-table" data-testid="offers">
        <caption className="govuk-table__caption govuk-visually-hidden">Offers, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{showVacancy ? 'Vacancy' : 'Offered to'}</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Made</th>
            <th scope="col" className="govuk-table__header">Trial ends</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {offers.map((offer) => (
            <tr className="govuk-table__row" key={offer.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/offers/${offer.id}`}>
                  {showVacancy ? offer.title : offer.name}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <Tag text={OFFER_STATUS_LABELS[offer.status]} colour={OFFER_STATUS_COLOURS[offer.status]} />
              </td>
              <td className="govuk-table__cell">{formatDate(offer.madeAt)}</td>
              <td className="govuk-table__cell">{offer.trial ? formatDate(offer.trial.endsOn) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
