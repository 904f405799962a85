import type { ReactNode } from 'react';

/** One row of a GOV.UK summary list. */
export function SummaryRow({ keyText, children }: { keyText: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{keyText}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
