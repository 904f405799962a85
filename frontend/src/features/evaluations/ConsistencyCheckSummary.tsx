import { formatTimestamp } from '../../format/dates';
import type { ConsistencyCheck } from '../../generated/api';
import { pointsText } from './labels';

/** The recorded consistency check: the checker's conclusion, who, when and on which total. */
export function ConsistencyCheckSummary({ check }: { check: ConsistencyCheck }) {
  return (
    <dl className="govuk-summary-list" data-testid="consistency-check">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Conclusion</dt>
        <dd className="govuk-summary-list__value">{check.conclusion}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Checked by</dt>
        <dd className="govuk-summary-list__value">
          {check.checkedBy}, {formatTimestamp(check.checkedAt)}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Total when checked</dt>
        <dd className="govuk-summary-list__value">{pointsText(check.totalAtCheck)}</dd>
      </div>
    </dl>
  );
}
