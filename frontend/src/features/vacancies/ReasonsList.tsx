import { Tag } from '../../components/Tag';
import type { EligibilityReason } from '../../generated/api';
import { reasonLabel } from './labels';

/** Each eligibility rule as a GOV.UK summary-list row: what it is about, whether it is met, and the sentence why. */
export function ReasonsList({ reasons }: { reasons: EligibilityReason[] }) {
  return (
    <dl className="govuk-summary-list" data-testid="reasons">
      {reasons.map((reason, index) => (
        <div className="govuk-summary-list__row" key={`${reason.rule}-${index}`}>
          <dt className="govuk-summary-list__key">{reasonLabel(reason)}</dt>
          <dd className="govuk-summary-list__value">
            {reason.met ? <Tag text="Met" colour="green" /> : <Tag text="Not met" colour="red" />} {reason.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}
