import { formatPence } from '../../format/money';
import type { RebandingTotals } from '../../generated/api';
import { payBillChangeText, peopleText } from './labels';

/** The headline figures: how many move up, stay and move down, the pay-bill change now, and arrears. */
export function ImpactTotals({ totals, headcount }: { totals: RebandingTotals; headcount: number }) {
  return (
    <dl className="govuk-summary-list" data-testid="impact-totals">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">People in scope</dt>
        <dd className="govuk-summary-list__value">{peopleText(headcount)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Moving up a band</dt>
        <dd className="govuk-summary-list__value" data-testid="total-up">{peopleText(totals.up)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Staying in their band</dt>
        <dd className="govuk-summary-list__value" data-testid="total-same">{peopleText(totals.same)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Moving down a band (pay protected)</dt>
        <dd className="govuk-summary-list__value" data-testid="total-down">{peopleText(totals.down)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Annual pay bill now</dt>
        <dd className="govuk-summary-list__value">{payBillChangeText(totals.annualChangePence).replace(/^./, (first) => first.toUpperCase())}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Arrears to pay</dt>
        <dd className="govuk-summary-list__value">{totals.arrearsPence > 0 ? formatPence(totals.arrearsPence) : 'None'}</dd>
      </div>
    </dl>
  );
}
