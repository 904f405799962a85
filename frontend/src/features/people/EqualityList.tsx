import { formatDate } from '../../format/dates';
import type { EqualityData } from '../../generated/api';

const SEX_LABELS: Record<string, string> = { F: 'Female', M: 'Male' };
const DISABILITY_LABELS: Record<string, string> = { Y: 'Yes', N: 'No', 'Not declared': 'Not declared' };

/** Equality-monitoring data: shown only to the person themself and to HR admins. */
export function EqualityList({ equality, own }: { equality: EqualityData; own: boolean }) {
  return (
    <section aria-labelledby="equality-title" data-testid="equality">
      <h2 className="govuk-heading-m" id="equality-title">
        Equality monitoring
      </h2>
      <p className="govuk-body">
        {own ? 'Only you and HR admins can see this.' : 'Special-category data: only HR admins and the person themself can see this.'}
      </p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Sex (for gender pay gap reporting)</dt>
          <dd className="govuk-summary-list__value">{equality.sex ? SEX_LABELS[equality.sex] ?? equality.sex : 'Not recorded'}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Ethnic group</dt>
          <dd className="govuk-summary-list__value">{equality.ethnicity ?? 'Not recorded'}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Disability</dt>
          <dd className="govuk-summary-list__value">{equality.disability ? DISABILITY_LABELS[equality.disability] ?? equality.disability : 'Not recorded'}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Date of birth</dt>
          <dd className="govuk-summary-list__value">{equality.dateOfBirth ? formatDate(equality.dateOfBirth) : 'Not recorded'}</dd>
        </div>
      </dl>
    </section>
  );
}
