import type { ReactNode } from 'react';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import type { VacancyEligibility } from '../../generated/api';
import { bandText, verdictText } from './labels';
import { ReasonsList } from './ReasonsList';

/** One vacancy for one person: its facts, whether they may apply and at which stage, and every reason. */
export function EligibilityCard({ item, own, headingLevel = 2, children }: { item: VacancyEligibility; own: boolean; headingLevel?: 2 | 3; children?: ReactNode }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `vacancy-${item.id}-title`;
  return (
    <section className="app-vacancy-card" aria-labelledby={headingId} data-testid="vacancy-card">
      <Heading className="govuk-heading-m" id={headingId}>
        {item.title}
      </Heading>
      <p className="govuk-body">
        {bandText(item.band)}, {item.unit}. Closes on {formatDate(item.closingDate)}.
      </p>
      <p className="govuk-body" data-testid="verdict">
        {item.eligible ? <Tag text="Can apply" colour="green" /> : <Tag text="Cannot apply yet" colour="grey" />}{' '}
        {item.inPool && <Tag text="In the ring-fenced pool" colour="orange" />} {item.priority && <Tag text="Statutory priority" colour="purple" />}{' '}
        {item.interested && <Tag text="Interest expressed" colour="blue" />}
        <span className="app-block govuk-!-margin-top-2">{verdictText(item, own)}</span>
      </p>
      <ReasonsList reasons={item.reasons} />
      {children}
    </section>
  );
}
