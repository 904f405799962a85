import { Link } from 'react-router-dom';
import { Tag } from '../../components/Tag';
import { formatDate, formatTimestamp } from '../../format/dates';
import type { Offer } from '../../generated/api';
import { bandText, OFFER_STATUS_COLOURS, OFFER_STATUS_LABELS, STAGE_LABELS } from './labels';

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** An offer: the vacancy, who it was made to, its answer, the trial with its end date, and what they meant. */
export function OfferSummaryList({ offer, own, linkVacancy }: { offer: Offer; own: boolean; linkVacancy: boolean }) {
  return (
    <dl className="govuk-summary-list" data-testid="offer-summary">
      <Row label="Vacancy">
        {linkVacancy ? (
          <Link className="govuk-link" to={`/vacancies/${offer.vacancyId}`}>
            {offer.title}
          </Link>
        ) : (
          offer.title
        )}
        <span className="govuk-body-s app-secondary-text app-block">
          {bandText(offer.band)}, {offer.unit}
        </span>
      </Row>
      {!own && <Row label="Offered to">{offer.name}</Row>}
      <Row label="Status" testId="offer-status">
        <Tag text={OFFER_STATUS_LABELS[offer.status]} colour={OFFER_STATUS_COLOURS[offer.status]} />
      </Row>
      <Row label="Made">
        {formatTimestamp(offer.madeAt)}, at {STAGE_LABELS[offer.stage].charAt(0).toLowerCase() + STAGE_LABELS[offer.stage].slice(1)}
      </Row>
      <Row label="Suitable alternative">
        {offer.suitable ? 'HR recorded this as a suitable alternative offer.' : 'HR recorded this as not a suitable alternative offer.'}
      </Row>
      {offer.answeredAt && <Row label="Answered">{formatTimestamp(offer.answeredAt)}</Row>}
      {offer.declineReason && <Row label="Reasons for declining">{offer.declineReason}</Row>}
      {offer.declineOutcome && (
        <Row label="Pay protection" testId="decline-outcome">
          {offer.declineOutcome.text}
        </Row>
      )}
      {offer.withdrawnReason && <Row label="Why it was withdrawn">{offer.withdrawnReason}</Row>}
      {offer.trial && (
        <>
          <Row label="Trial period" testId="trial">
            {offer.trial.text}
          </Row>
          <Row label="Trial ends" testId="trial-ends">
            {formatDate(offer.trial.endsOn)}
          </Row>
          {offer.trial.extended && offer.trial.extensionReason && (
            <Row label="Why it was extended">
              {offer.trial.extensionReason} (first due to end on {formatDate(offer.trial.endOn)})
            </Row>
          )}
        </>
      )}
      {offer.trialOutcome && (
        <Row label="Outcome" testId="trial-outcome">
          {offer.trialOutcome.text}
          {offer.trialOutcome.reason && <span className="app-block">{offer.trialOutcome.reason}</span>}
          <span className="govuk-body-s app-secondary-text app-block">Decided on {formatDate(offer.trialOutcome.decidedOn)}</span>
        </Row>
      )}
    </dl>
  );
}
